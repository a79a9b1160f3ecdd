package io.multicell.integrator.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.multicell.integrator.testing.FakeDectManager;
import io.multicell.integrator.testing.FakeSipGateway;
import io.multicell.integrator.testing.IntegratorTestResource;
import io.multicell.integrator.testing.WebProfile;
import io.multicell.integrator.testing.WebSession;
import io.multicell.integrator.tls.TestCertificates;
import io.multicell.testing.MulticellTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Settings > System > Save and restore" and the web security certificate of "Settings > System > Web configurator" over
 * real HTTPS and PostgreSQL: Save downloads the file, Upload restores it and says so, a broken file is refused naming the
 * value; an uploaded certificate is what the very next TLS handshake presents, and so is the self-signed one after it.
 */
@QuarkusTest
@TestProfile(WebProfile.class)
@QuarkusTestResource(value = MulticellTestResource.class, initArgs = @ResourceArg(name = "db-prefix", value = "integrator"))
@QuarkusTestResource(IntegratorTestResource.class)
class SaveAndRestorePagesQuarkusTest {

    @ConfigProperty(name = "quarkus.http.test-ssl-port")
    int httpsPort;
    @ConfigProperty(name = IntegratorTestResource.DM_PORT)
    int dmPort;
    @ConfigProperty(name = IntegratorTestResource.SIP_PORT)
    int sipPort;

    WebSession admin;

    @BeforeEach
    void peersRunAndTheAdminIsLoggedIn() {
        admin = WebSession.admin(httpsPort);
        FakeDectManager.runningOn(dmPort);
        FakeSipGateway.runningOn(sipPort);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                api().get("/api/v1/dect-manager").then().extract().<Boolean>path("connected")
                        && api().get("/api/v1/sip-gateway").then().extract().<Boolean>path("connected"));
    }

    @Test
    void saveDownloadsTheFileAndUploadRestoresItOrNamesTheBrokenValue() {
        String page = admin.open(Menu.SAVE_AND_RESTORE).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"save-settings\"").contains("id=\"restore-form\"").contains("hx-encoding=\"multipart/form-data\"")
                .contains("data-menu=\"" + Menu.SAVE_AND_RESTORE + "\"");

        String file = admin.request().get(Menu.SAVE_AND_RESTORE + "/file").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\""))
                .body("format", equalTo("multicell-configuration/v1")).extract().asString();
        api().contentType("application/json").body(Map.of("t1Ms", 650)).put("/api/v1/telephony/voip").then().statusCode(200);

        String broken = file.replaceFirst("\"sipPort\":\\s*5060", "\"sipPort\":70000");
        assertThat(broken).isNotEqualTo(file);
        String refused = upload(broken);
        assertThat(refused).contains("id=\"restore-error\"").contains("data-field=\"telephony.voip.sipPort\"")
                .contains("telephony.voip.sipPort: must be 1..65535");
        api().get("/api/v1/telephony/voip").then().body("t1Ms", equalTo(650));
        assertThat(upload("{\"format\": 1")).contains("id=\"restore-error\"").contains("is not a configuration file");

        String restored = upload(file);
        assertThat(restored).contains("id=\"restored\"").contains("Configuration restored")
                .contains("<span id=\"restored-dm\">applied</span>").contains("<span id=\"restored-sip\">applied</span>");
        api().get("/api/v1/telephony/voip").then().body("t1Ms", equalTo(500));

        // Without the page's CSRF token the upload is refused like every page change.
        given().relaxedHTTPSValidation().baseUri("https://127.0.0.1").port(httpsPort)
                .multiPart("file", "settings.json", file.getBytes(StandardCharsets.UTF_8), "application/json")
                .post(Menu.SAVE_AND_RESTORE).then().statusCode(org.hamcrest.Matchers.either(equalTo(403)).or(equalTo(302)));
    }

    @Test
    void anUploadedCertificateIsServedFromTheNextHandshakeAndSelfSignedComesBack() throws Exception {
        assertThat(admin.open(Menu.WEB_CONFIGURATOR).then().statusCode(200).extract().asString())
                .contains("id=\"certificate-form\"").contains("Self-signed");
        var own = TestCertificates.generate("dect.example.com", "EC");

        // A key of another certificate: refused next to the file field, nothing changes.
        var other = TestCertificates.generate("other.example.com", "EC");
        String refused = admin.request().multiPart("certificate", "web.pem", own.certificatePem().getBytes(StandardCharsets.US_ASCII))
                .multiPart("privateKey", "web.key", other.keyPem().getBytes(StandardCharsets.US_ASCII))
                .post(Menu.WEB_CONFIGURATOR + "/certificate").then().statusCode(200).extract().asString();
        assertThat(refused).contains("id=\"certificate-rule\"").contains("has no certificate that matches the private key");
        assertThat(servedSubject()).isEqualTo("CN=multicell-integrator,O=Multicell");

        String uploaded = admin.request()
                .multiPart("certificate", "web.pem", (own.certificatePem() + own.keyPem()).getBytes(StandardCharsets.US_ASCII))
                .post(Menu.WEB_CONFIGURATOR + "/certificate").then().statusCode(200).extract().asString();
        assertThat(uploaded).contains("id=\"certificate-notice\"").contains("CN=dect.example.com").contains("Uploaded");
        assertThat(servedSubject()).as("the next TLS handshake, no restart").isEqualTo("CN=dect.example.com");
        api().get("/api/v1/system/web-certificate").then().body("origin", equalTo("UPLOADED"))
                .body("subject", equalTo("CN=dect.example.com"));

        // The API refuses what the page refuses, naming its field.
        api().contentType("application/json").body(Map.of("pem", own.certificatePem()))
                .put("/api/v1/system/web-certificate").then().statusCode(400).body("field", equalTo("privateKey"));

        String selfSigned = admin.request().post(Menu.WEB_CONFIGURATOR + "/certificate/self-signed").then().statusCode(200)
                .extract().asString();
        assertThat(selfSigned).contains("Self-signed");
        assertThat(servedSubject()).isEqualTo("CN=multicell-integrator,O=Multicell");
    }

    private String upload(String file) {
        return admin.request().multiPart("file", "settings.json", file.getBytes(StandardCharsets.UTF_8), "application/json")
                .post(Menu.SAVE_AND_RESTORE).then().statusCode(200).extract().asString();
    }

    /** The subject of the certificate a brand-new TLS connection to the HTTPS port is shown. */
    private String servedSubject() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        try (var socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", httpsPort)) {
            socket.startHandshake();
            return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        }
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic("admin", WebSession.ADMIN_PASSWORD);
    }
}
