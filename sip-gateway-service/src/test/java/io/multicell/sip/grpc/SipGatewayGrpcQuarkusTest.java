package io.multicell.sip.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.multicell.proto.sip.v1.AccountStatus;
import io.multicell.proto.sip.v1.ListAccountStatusRequest;
import io.multicell.proto.sip.v1.ProviderProfile;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.SipAccount;
import io.multicell.proto.sip.v1.SipConfiguration;
import io.multicell.proto.sip.v1.SipGatewayGrpc;
import io.multicell.proto.sip.v1.Transport;
import io.multicell.proto.sip.v1.VoipSettings;
import io.multicell.testing.sip.KamailioProcess;
import io.multicell.sip.kamailio.KamailioTestResource;
import io.quarkus.grpc.runtime.GrpcServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.value.registry.ValueRegistry;

/** The SipGateway gRPC service of the running gateway, registering at the real Kamailio. */
@QuarkusTest
@WithTestResource(KamailioTestResource.class)
class SipGatewayGrpcQuarkusTest {

    @Inject
    ValueRegistry runtimeValues;

    private ManagedChannel channel;
    private SipGatewayGrpc.SipGatewayBlockingStub gateway;
    private KamailioProcess kamailio;

    @BeforeEach
    void connect() {
        kamailio = KamailioTestResource.kamailio();
        int port = runtimeValues.get(GrpcServer.GRPC_SERVER).getPort();
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        gateway = SipGatewayGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private SipGatewayGrpc.SipGatewayBlockingStub withDeadline() {
        return gateway.withDeadlineAfter(15, TimeUnit.SECONDS);
    }

    private ProviderProfile.Builder profile() {
        return ProviderProfile.newBuilder().setId(1).setName("Demo PBX").setDomain("127.0.0.1").setProxyAddress("127.0.0.1")
                .setProxyPort(kamailio.port()).setRegistrationRefreshSeconds(600).setTransport(Transport.UDP)
                .addAllCodecs(List.of("G722", "PCMA", "PCMU")).setPtimeMs(20);
    }

    private static VoipSettings voip() {
        return VoipSettings.newBuilder().setSipPort(5060).setSecureSipPort(5061).setT1Ms(500).setSessionTimerSeconds(1800)
                .setFailedRegistrationRetrySeconds(300).setSubscriptionTimerSeconds(1800).setSipTos(34).setRtpTos(46).build();
    }

    private static SipAccount account(String user, String password) {
        return SipAccount.newBuilder().setAccountId("hs-" + user).setProfileId(1).setAuthenticationName(user)
                .setPassword(password).setUsername(user).setDisplayName("Handset " + user).build();
    }

    private SipConfiguration configuration(long revision, UnaryOperator<ProviderProfile.Builder> change, SipAccount... accounts) {
        return SipConfiguration.newBuilder().setRevision(revision).setVoip(voip()).addProfiles(change.apply(profile()))
                .addAllAccounts(List.of(accounts)).build();
    }

    private AccountStatus statusOf(String accountId) {
        return withDeadline().listAccountStatus(ListAccountStatusRequest.getDefaultInstance()).getAccountsList().stream()
                .filter(status -> status.getAccountId().equals(accountId)).findFirst().orElseThrow();
    }

    @Test
    void appliedConfigurationRegistersEveryAccountAndReportsTheWrongPassword() {
        var applied = withDeadline().applySipConfiguration(configuration(1, p -> p,
                account("1011", "pw1011"), account("1012", "pw1012"), account("1013", "guess")));
        assertThat(applied.getRevision()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(statusOf("hs-1011").getState()).isEqualTo(RegistrationState.REGISTERED);
            assertThat(statusOf("hs-1012").getState()).isEqualTo(RegistrationState.REGISTERED);
            assertThat(statusOf("hs-1013").getState()).isEqualTo(RegistrationState.FAILED);
        });
        var registered = statusOf("hs-1011");
        assertThat(registered.getLastStatusCode()).isEqualTo(200);
        assertThat(registered.getRegistrar()).isEqualTo("127.0.0.1:" + kamailio.port());
        assertThat(registered.getNextAttemptInSeconds()).isBetween(470, 480);
        var failed = statusOf("hs-1013");
        assertThat(failed.getLastStatusCode()).isEqualTo(403);
        assertThat(failed.getReason()).isEqualTo("403 Forbidden");
        assertThat(failed.getNextAttemptInSeconds()).isBetween(290, 300);
        assertThat(kamailio.acceptedRegisters("1011")).isEqualTo(1);
        assertThat(withDeadline().listAccountStatus(ListAccountStatusRequest.getDefaultInstance()).getRevision()).isEqualTo(1);

        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("multicell_sip_accounts\\{state=\"registered\",?} 2\\.0")
                .containsPattern("multicell_sip_accounts\\{state=\"failed\",?} 1\\.0")
                .containsPattern("multicell_sip_registrations_total\\{result=\"rejected\",?} [1-9]");
        given().when().get("/q/health/ready").then().statusCode(200)
                .body(containsString("udp:127.0.0.1:"));
    }

    @Test
    void invalidValuesAreRefusedNamingFieldAndRuleAndTheConfigurationInForceStays() {
        withDeadline().applySipConfiguration(configuration(10, p -> p, account("1021", "pw1021")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf("hs-1021").getState() == RegistrationState.REGISTERED);

        assertRefused(configuration(11, p -> p.setProxyPort(0), account("1022", "pw1022")),
                "profiles[id=1].proxy_port: 1..65535 (was 0)");
        assertRefused(configuration(11, p -> p.setProxyPort(70000), account("1022", "pw1022")),
                "profiles[id=1].proxy_port: 1..65535 (was 70000)");
        assertRefused(configuration(11, p -> p.setRegistrationRefreshSeconds(0), account("1022", "pw1022")),
                "profiles[id=1].registration_refresh_seconds: 1..99999 (was 0)");
        assertRefused(configuration(11, p -> p.clearCodecs().addCodecs("PCMA").addCodecs("OPUS"), account("1022", "pw1022")),
                "profiles[id=1].codecs: one of G722, PCMA, PCMU, G729A (unknown codec 'OPUS')");
        assertRefused(configuration(11, p -> p.setName("N".repeat(75)), account("1022", "pw1022")),
                "profiles[id=1].name: max. 74 characters (75 characters)");
        assertRefused(configuration(11, p -> p, account("1022", "pw1022").toBuilder().setProfileId(2).build()),
                "accounts[hs-1022].profile_id: an existing profile (no profile 2 in this configuration)");

        var inForce = withDeadline().listAccountStatus(ListAccountStatusRequest.getDefaultInstance());
        assertThat(inForce.getRevision()).isEqualTo(10);
        assertThat(inForce.getAccountsList()).extracting(AccountStatus::getAccountId).containsExactly("hs-1021");
        assertThat(statusOf("hs-1021").getState()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(kamailio.acceptedRegisters("1021")).as("the refused pushes did not disturb the registration").isEqualTo(1);
        assertThat(kamailio.countLines("MC-REG request aor=sip:1022@")).isZero();
    }

    private void assertRefused(SipConfiguration configuration, String description) {
        var refusal = catchThrowableOfType(StatusRuntimeException.class, () -> withDeadline().applySipConfiguration(configuration));
        assertThat(refusal).as("refused: %s", description).isNotNull();
        assertThat(refusal.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(refusal.getStatus().getDescription()).isEqualTo(description);
    }
}
