package io.multicell.integrator.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.OwnDatabaseProfile;
import io.multicell.integrator.testing.TestClock;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The manual's two users in the real PostgreSQL: bcrypt hashes, the user role off until activated, password rules
 * answered 400 with field and rule, user may change only its own password, login throttling, audit log.
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersQuarkusTest {

    static final String USERS = "/api/v1/users";

    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @Order(1)
    void factoryUsersAreStoredAsBcryptAndUserIsOffUntilActivated() throws Exception {
        basic("admin", "admin").get(USERS).then().statusCode(200)
                .body("name", equalTo(List.of("admin", "user")))
                .body("active", equalTo(List.of(true, false)))
                .body("passwordChangeRequired", equalTo(List.of(true, true)));
        try (var c = dataSource.getConnection(); var rs = c.createStatement()
                .executeQuery("SELECT password_hash FROM integrator.web_user WHERE name = 'admin'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("$2").doesNotContain("admin");
        }

        basic("user", "user").get("/api/v1/mobile-devices").then().statusCode(401);
        basic("admin", "admin").body(Map.of("active", true)).put(USERS + "/user/activation").then().statusCode(200)
                .body("active", equalTo(true));
        basic("user", "user").get("/api/v1/mobile-devices").then().statusCode(200);
        basic("user", "user").get(USERS + "/me").then().statusCode(200).body("name", equalTo("user"));
        // The user role sees no admin resources, and cannot switch itself or admin.
        basic("user", "user").get("/api/v1/base-stations").then().statusCode(403);
        basic("user", "user").body(Map.of("active", true)).put(USERS + "/user/activation").then().statusCode(403);
        basic("admin", "admin").body(Map.of("active", false)).put(USERS + "/admin/activation").then().statusCode(400)
                .body("field", equalTo("name"));
        basic("admin", "admin").body(Map.of()).put(USERS + "/user/activation").then().statusCode(400)
                .body("field", equalTo("active"));
    }

    @Test
    @Order(2)
    void aPasswordBreakingARuleIsRefusedNamingFieldAndRuleAndChangesNothing() {
        refused("Short-1", "Short-1", "newPassword", PasswordRules.LENGTH);
        refused("x".repeat(72) + "A1!", "x".repeat(72) + "A1!", "newPassword", PasswordRules.LENGTH);
        refused("lower-case-1", "lower-case-1", "newPassword", PasswordRules.UPPER_CASE);
        refused("No-Digits-Here", "No-Digits-Here", "newPassword", PasswordRules.NUMBER);
        refused("NoSpecial123", "NoSpecial123", "newPassword", PasswordRules.SPECIAL);
        refused("Secret-2026", "Secret-2027", "repeatPassword", PasswordRules.REPEAT);

        basic("user", "user").get(USERS + "/me").then().statusCode(200).body("passwordChangeRequired", equalTo(true));
    }

    @Test
    @Order(3)
    void userChangesOnlyItsOwnPasswordAndTheOldOneStopsWorking() {
        basic("user", "user").body(change("Admin-Takeover-1")).put(USERS + "/admin/password").then().statusCode(403);
        basic("admin", "admin").get(USERS).then().statusCode(200);

        basic("user", "user").body(change("User-Secret-1")).put(USERS + "/user/password").then().statusCode(200)
                .body("passwordChangeRequired", equalTo(false));
        basic("user", "user").get(USERS + "/me").then().statusCode(401);
        basic("user", "User-Secret-1").get(USERS + "/me").then().statusCode(200);

        // The admin may set user's password.
        basic("admin", "admin").body(change("Reset-By-Admin-2")).put(USERS + "/user/password").then().statusCode(200);
        basic("user", "User-Secret-1").get(USERS + "/me").then().statusCode(401);
        basic("user", "Reset-By-Admin-2").get(USERS + "/me").then().statusCode(200);
    }

    @Test
    @Order(4)
    void fiveWrongPasswordsLockTheUserIdEvenForTheRightPasswordUntilTheLockExpires() {
        clock.set(java.time.Instant.parse("2026-11-27T08:00:00Z"));
        basic("user", "Reset-By-Admin-2").get(USERS + "/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            basic("user", "guess-" + i).get(USERS + "/me").then().statusCode(401);
        }
        basic("user", "Reset-By-Admin-2").get(USERS + "/me").then().statusCode(401);
        // admin is not affected by user's lock.
        basic("admin", "admin").get(USERS + "/me").then().statusCode(200);

        clock.advance(Duration.ofSeconds(31));
        basic("user", "Reset-By-Admin-2").get(USERS + "/me").then().statusCode(200);
    }

    @Test
    @Order(5)
    void everyChangeIsInTheAuditLogWithWhoWhatAndWhen() {
        basic("admin", "admin").body(Map.of("active", false)).put(USERS + "/user/activation").then().statusCode(200);
        basic("admin", "admin").body(change("nope")).put(USERS + "/user/password").then().statusCode(400);

        basic("admin", "admin").queryParam("limit", 2).get("/api/v1/audit-log").then().statusCode(200)
                .body("user", equalTo(List.of("admin", "admin")))
                .body("action", equalTo(List.of("PUT", "PUT")))
                .body("target", equalTo(List.of(USERS + "/user/password", USERS + "/user/activation")))
                .body("outcome", equalTo(List.of(400, 200)));
        // Earlier: user changed its own password.
        basic("admin", "admin").get("/api/v1/audit-log").then().statusCode(200)
                .body("user", hasItems("user", "admin"));
        basic("admin", "admin").queryParam("limit", 0).get("/api/v1/audit-log").then().statusCode(400)
                .body("field", equalTo("limit"));
        // user was deactivated above: its password no longer opens anything.
        basic("user", "Reset-By-Admin-2").get("/api/v1/audit-log").then().statusCode(401);
    }

    @Test
    @Order(6)
    void activationSetsTheUsersPasswordAtTheSameTimeAndABrokenRuleChangesNeither() {
        // user is off (order 5) with password Reset-By-Admin-2.
        basic("admin", "admin").body(Map.of("active", true, "newPassword", "Short-1", "repeatPassword", "Short-1"))
                .put(USERS + "/user/activation").then().statusCode(400)
                .body("field", equalTo("newPassword")).body("rule", equalTo(PasswordRules.LENGTH));
        basic("admin", "admin").body(Map.of("active", true, "newPassword", "Activated-1!", "repeatPassword", "Activated-2!"))
                .put(USERS + "/user/activation").then().statusCode(400).body("field", equalTo("repeatPassword"));
        basic("admin", "admin").get(USERS).then().body("find { it.name == 'user' }.active", equalTo(false));

        basic("admin", "admin").body(Map.of("active", true, "newPassword", "Activated-1!", "repeatPassword", "Activated-1!"))
                .put(USERS + "/user/activation").then().statusCode(200)
                .body("active", equalTo(true)).body("passwordChangeRequired", equalTo(false));
        basic("user", "Reset-By-Admin-2").get(USERS + "/me").then().statusCode(401);
        basic("user", "Activated-1!").get(USERS + "/me").then().statusCode(200);

        // Without a password (or with empty fields, as the page sends them) the user keeps its own.
        basic("admin", "admin").body(Map.of("active", true, "newPassword", "", "repeatPassword", ""))
                .put(USERS + "/user/activation").then().statusCode(200);
        basic("user", "Activated-1!").get(USERS + "/me").then().statusCode(200);
    }

    private static void refused(String password, String repeat, String field, String rule) {
        basic("admin", "admin").body(Map.of("newPassword", password, "repeatPassword", repeat))
                .put(USERS + "/user/password").then().statusCode(400)
                .body("field", equalTo(field)).body("rule", equalTo(rule));
    }

    private static Map<String, String> change(String password) {
        return Map.of("newPassword", password, "repeatPassword", password);
    }

    private static RequestSpecification basic(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }
}
