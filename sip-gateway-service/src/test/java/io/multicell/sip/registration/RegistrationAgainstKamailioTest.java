package io.multicell.sip.registration;

import static io.multicell.sip.registration.TestConfigurations.account;
import static io.multicell.sip.registration.TestConfigurations.configuration;
import static io.multicell.sip.registration.TestConfigurations.profile;
import static io.multicell.sip.registration.TestConfigurations.subscriber;
import static io.multicell.sip.registration.TestConfigurations.voip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.sip.SipGatewayBeans;
import io.multicell.sip.config.OutboundProxyMode;
import io.multicell.sip.config.ProviderProfile;
import io.multicell.sip.kamailio.FreePorts;
import io.multicell.testing.sip.KamailioProcess;
import io.multicell.sip.stack.JainSipEndpoint;

/** Registration on the real SIP stack against the real Kamailio, configured by deploy/kamailio/kamailio.cfg. */
class RegistrationAgainstKamailioTest {

    private static KamailioProcess kamailio;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private ExecutorRegistrationScheduler scheduler;
    private JainSipEndpoint sipEndpoint;
    private Registrations registrations;
    private LocalEndpoint localEndpoint;

    @BeforeAll
    static void startKamailio() {
        kamailio = KamailioProcess.start(FreePorts.udp());
    }

    @AfterAll
    static void stopKamailio() {
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @BeforeEach
    void startGateway() {
        scheduler = new ExecutorRegistrationScheduler();
        sipEndpoint = new JainSipEndpoint();
        registrations = new Registrations(Clock.systemUTC(), scheduler, sipEndpoint, meters, SipGatewayBeans.randomTokens());
        localEndpoint = new LocalEndpoint("127.0.0.1", FreePorts.udp(), 34, Optional.empty());
    }

    @AfterEach
    void stopGateway() {
        registrations.close();
        scheduler.close();
        sipEndpoint.close();
    }

    @Test
    void accountsWithTheRightPasswordRegisterWithDigestAndQopAuth() {
        registrations.apply(configuration(1, voip(500, 300), profile(kamailio.port(), 600),
                subscriber("1001"), subscriber("1002"), subscriber("1003")), localEndpoint);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(registrations.statuses())
                .extracting(AccountStatus::state).containsOnly(RegistrationState.REGISTERED).hasSize(3));
        for (var user : List.of("1001", "1002", "1003")) {
            assertThat(kamailio.acceptedRegisters(user)).as("Kamailio saved the binding of %s", user).isEqualTo(1);
            assertThat(kamailio.countLines("MC-REG request aor=sip:" + user + "@", "qop=auth", "nc=00000001", "cnonce=\""))
                    .as("%s answered the challenge with qop=auth", user).isEqualTo(1);
            assertThat(kamailio.countLines("MC-REG request aor=sip:" + user + "@", "expires=600")).isEqualTo(2);
        }
        var status = registrations.status("hs-1001").orElseThrow();
        assertThat(status.lastStatusCode()).isEqualTo(200);
        assertThat(status.registrar()).isEqualTo("127.0.0.1:" + kamailio.port());
        // Refreshed at 80 % of the 600 s Kamailio granted.
        assertThat(status.secondsUntilNextAttempt(Clock.systemUTC())).isBetween(470L, 480L);
        assertThat(meters.get("multicell.sip.registrations").tag("result", "registered").counter().count()).isEqualTo(3);
        assertThat(meters.get("multicell.sip.accounts").tag("state", "registered").gauge().value()).isEqualTo(3);
    }

    @Test
    void wrongPasswordFailsWith403AndIsRetriedOnlyAfterTheRetryTimer() {
        registrations.apply(configuration(1, voip(500, 10), profile(kamailio.port(), 600), account("1004", "not-the-password")),
                localEndpoint);

        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.status("hs-1004")
                .filter(s -> s.state() == RegistrationState.FAILED).isPresent());
        Instant failedAt = Instant.now();
        var failed = registrations.status("hs-1004").orElseThrow();
        assertThat(failed.lastStatusCode()).isEqualTo(403);
        assertThat(failed.reason()).contains("403");
        assertThat(failed.secondsUntilNextAttempt(Clock.systemUTC())).isBetween(9L, 10L);
        assertThat(kamailio.authenticatedRegisters("1004")).isEqualTo(1);
        assertThat(meters.get("multicell.sip.registrations").tag("result", "rejected").counter().count()).isEqualTo(1);

        // Nothing more reaches the PBX while the failed-registration retry timer (10 s) runs ...
        await().during(Duration.ofSeconds(9)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> kamailio.authenticatedRegisters("1004") == 1);
        // ... and then exactly one more round comes, which fails the same way.
        await().atMost(Duration.ofSeconds(4)).until(() -> kamailio.authenticatedRegisters("1004") == 2);
        assertThat(Duration.between(failedAt, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            var again = registrations.status("hs-1004").orElseThrow();
            assertThat(again.state()).isEqualTo(RegistrationState.FAILED);
            assertThat(again.secondsUntilNextAttempt(Clock.systemUTC())).isBetween(9L, 10L);
        });
    }

    @Test
    void accountsRegisterAgainWithinTheRetryTimerAfterKamailioRestarts() {
        // Refresh every 10 s (at 8 s), T1 100 ms (no answer after 6.4 s), retry 10 s.
        registrations.apply(configuration(1, voip(100, 10), profile(kamailio.port(), 10),
                subscriber("1005"), subscriber("1006")), localEndpoint);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(registrations.statuses())
                .extracting(AccountStatus::state).containsOnly(RegistrationState.REGISTERED));

        kamailio.stop();
        await().atMost(Duration.ofSeconds(25)).untilAsserted(() -> assertThat(registrations.statuses())
                .allSatisfy(status -> {
                    assertThat(status.state()).isEqualTo(RegistrationState.FAILED);
                    assertThat(status.lastStatusCode()).isZero();
                    assertThat(status.reason()).contains("no answer from 127.0.0.1:" + kamailio.port());
                }));

        kamailio.startAgain();
        Instant restartedAt = Instant.now();
        await().atMost(Duration.ofSeconds(12)).untilAsserted(() -> {
            assertThat(kamailio.acceptedRegisters("1005")).isEqualTo(1);
            assertThat(kamailio.acceptedRegisters("1006")).isEqualTo(1);
            assertThat(registrations.statuses()).extracting(AccountStatus::state).containsOnly(RegistrationState.REGISTERED);
        });
        assertThat(Duration.between(restartedAt, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void failoverServerIsUsedWhenTheProxyDoesNotAnswer() {
        int silentPort = FreePorts.udp();
        var base = profile(silentPort, 600);
        var withFailover = new ProviderProfile(base.id(), base.name(), base.domain(), base.proxyAddress(), base.proxyPort(),
                base.registrationRefreshSeconds(), base.transport(), "127.0.0.1", kamailio.port(), base.outboundProxyMode(),
                "", 0, base.codecs(), base.ptimeMs(), false);
        // T1 50 ms: the proxy is given up on after 3.2 s.
        registrations.apply(configuration(1, voip(50, 300), withFailover, subscriber("1007")), localEndpoint);

        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.status("hs-1007")
                .filter(s -> s.state() == RegistrationState.REGISTERED).isPresent());
        assertThat(registrations.status("hs-1007").orElseThrow().registrar()).isEqualTo("127.0.0.1:" + kamailio.port());
        assertThat(kamailio.acceptedRegisters("1007")).isEqualTo(1);
    }

    @Test
    void outboundProxyModeAlwaysSendsRegisterToTheOutboundProxy() {
        var base = profile(FreePorts.udp(), 600);
        var viaOutbound = new ProviderProfile(base.id(), base.name(), base.domain(), "pbx.invalid", 5060,
                base.registrationRefreshSeconds(), base.transport(), "", 0, OutboundProxyMode.ALWAYS, "127.0.0.1",
                kamailio.port(), base.codecs(), base.ptimeMs(), false);
        registrations.apply(configuration(1, voip(500, 300), viaOutbound, subscriber("1008")), localEndpoint);

        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.status("hs-1008")
                .filter(s -> s.state() == RegistrationState.REGISTERED).isPresent());
        assertThat(registrations.status("hs-1008").orElseThrow().registrar()).isEqualTo("127.0.0.1:" + kamailio.port());
    }

    @Test
    void pushingTheSameConfigurationAgainLeavesRegisteredAccountsAlone() {
        var configuration = configuration(1, voip(500, 300), profile(kamailio.port(), 600), subscriber("1009"));
        registrations.apply(configuration, localEndpoint);
        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.status("hs-1009")
                .filter(s -> s.state() == RegistrationState.REGISTERED).isPresent());

        registrations.apply(configuration, localEndpoint);
        registrations.apply(configuration(2, configuration.voip(), configuration.profiles().get(0), subscriber("1009"),
                subscriber("1010")), localEndpoint);
        await().atMost(Duration.ofSeconds(10)).until(() -> registrations.status("hs-1010")
                .filter(s -> s.state() == RegistrationState.REGISTERED).isPresent());

        assertThat(kamailio.acceptedRegisters("1009")).as("1009 was not registered again").isEqualTo(1);
        assertThat(registrations.configuration().revision()).isEqualTo(2);
    }
}
