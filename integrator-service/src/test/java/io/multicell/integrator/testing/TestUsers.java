package io.multicell.integrator.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** The user role is off on a fresh database (the manual); tests that act as user switch it on first, as the admin would. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void activateUserRole() {
        given().auth().preemptive().basic("admin", "admin").contentType(ContentType.JSON)
                .body(Map.of("active", true)).put("/api/v1/users/user/activation")
                .then().statusCode(200);
    }
}
