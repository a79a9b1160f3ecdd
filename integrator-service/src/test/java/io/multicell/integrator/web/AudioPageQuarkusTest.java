package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.PageForm;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > Telephony > Audio" over real HTTPS and PostgreSQL: the G.722 switch with the manual's note on capacity,
 * Set saving like the API (the calls per base station follow), an unticked box turning wideband off again.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class AudioPageQuarkusTest {

    static final String API = "/api/v1/telephony/audio";

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    WebSession admin;

    @BeforeEach
    void sipGatewayRunsAndTheAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    @AfterEach
    void widebandOffAgain() {
        api().contentType("application/json").body(Map.of("g722Enabled", false)).put(API).then().statusCode(200);
    }

    @Test
    void g722IsSwitchedOnWithItsCapacityNoteAndOffAgainByAnUntickedBox() {
        String page = admin.open(Menu.TELEPHONY_AUDIO).then().statusCode(200).extract().asString();
        assertThat(page).contains("<input type=\"checkbox\" id=\"g722Enabled\" name=\"g722Enabled\" value=\"true\">")
                .contains("<output id=\"callsPerBaseStation\">8</output>").contains("id=\"help-g722Enabled\"")
                .contains("at most 5 calls while G.722 is enabled").contains("One base station enables a maximum of five wideband calls")
                .contains("class=\"current\" data-menu=\"" + Menu.TELEPHONY_AUDIO + "\"");

        Map<String, Object> form = PageForm.of(page);
        form.put("g722Enabled", "true");
        String saved = admin.post(Menu.TELEPHONY_AUDIO, form).then().statusCode(200).extract().asString();
        assertThat(saved).contains("Saved.").contains("value=\"true\" checked").contains("<output id=\"callsPerBaseStation\">5</output>");
        api().get(API).then().body("g722Enabled", equalTo(true)).body("callsPerBaseStation", equalTo(5));

        Map<String, Object> off = PageForm.of(admin.open(Menu.TELEPHONY_AUDIO).asString());
        assertThat(off).containsEntry("g722Enabled", "true");
        off.remove("g722Enabled");
        assertThat(admin.post(Menu.TELEPHONY_AUDIO, off).asString()).contains("Saved.").contains("<output id=\"callsPerBaseStation\">8</output>");
        api().get(API).then().body("g722Enabled", equalTo(false));
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
