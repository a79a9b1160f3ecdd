package io.multicell.sip.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.multicell.sip.config.HostPort;
import io.multicell.sip.digest.DigestChallenge;

/** The account state machine on a manual scheduler and clock, against a scripted registrar. */
class AccountRegistrationTest {

    private static final HostPort PROXY = new HostPort("10.100.0.45", 5060);
    private static final HostPort FAILOVER = new HostPort("10.100.0.46", 5070);
    private static final DigestChallenge CHALLENGE = new DigestChallenge("pbx.example.net", "nonce-1", "", "MD5", List.of("auth"), false);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ScriptedRegistrar registrar = new ScriptedRegistrar();
    private final List<AccountStatus> published = new ArrayList<>();
    private final List<RegistrationResult> rounds = new ArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();

    private static RegistrationPlan plan(String password, HostPort... targets) {
        return new RegistrationPlan("hs-1", "1001", "pbx.example.net", "Reception", "1001", password, List.of(targets),
                Duration.ofSeconds(600), Duration.ofSeconds(300), 500, password.isEmpty() ? "incomplete account: no password" : "");
    }

    private AccountRegistration start(RegistrationPlan plan) {
        var registration = new AccountRegistration(plan, registrar, scheduler, scheduler.clock(),
                () -> "token" + tokens.incrementAndGet(), new AccountRegistration.Events() {
                    @Override
                    public void statusChanged(AccountStatus status) {
                        published.add(status);
                    }

                    @Override
                    public void roundFinished(RegistrationResult result) {
                        rounds.add(result);
                    }
                });
        registration.start();
        return registration;
    }

    private AccountStatus status() {
        return published.get(published.size() - 1);
    }

    private static RegisterResponse response(int code, String phrase) {
        return new RegisterResponse(code, phrase, OptionalInt.empty(), Optional.empty());
    }

    private static RegisterResponse challenge(int code, DigestChallenge challenge) {
        return new RegisterResponse(code, code == 401 ? "Unauthorized" : "Proxy Authentication Required", OptionalInt.empty(),
                Optional.of(challenge));
    }

    private static RegisterResponse ok(int grantedSeconds) {
        return new RegisterResponse(200, "OK", OptionalInt.of(grantedSeconds), Optional.empty());
    }

    @Test
    void challengeIsAnsweredWithDigestThenRegisteredAndRefreshedAt80PercentOfTheGrantedTime() {
        start(plan("pw1001", PROXY));
        assertThat(registrar.attempts).hasSize(1);
        var first = registrar.last();
        assertThat(first.nextHop()).isEqualTo(PROXY);
        assertThat(first.authorization()).isEmpty();
        assertThat(first.expiresSeconds()).isEqualTo(600);
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERING);

        registrar.answer(challenge(401, CHALLENGE));
        var second = registrar.last();
        assertThat(second.authorization()).hasValueSatisfying(credentials -> {
            assertThat(credentials.headerName()).isEqualTo("Authorization");
            assertThat(credentials.headerValue()).startsWith("Digest username=\"1001\", realm=\"pbx.example.net\", nonce=\"nonce-1\", "
                    + "uri=\"sip:pbx.example.net\", qop=auth, nc=00000001, cnonce=\"token3\", response=\"");
        });
        assertThat(second.callId()).isEqualTo(first.callId());
        assertThat(second.fromTag()).isEqualTo(first.fromTag());
        assertThat(second.cseq()).isEqualTo(first.cseq() + 1);

        registrar.answer(ok(100));
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(status().lastStatusCode()).isEqualTo(200);
        assertThat(status().registrar()).isEqualTo("10.100.0.45:5060");
        assertThat(status().secondsUntilNextAttempt(scheduler.clock())).isEqualTo(80);
        assertThat(rounds).containsExactly(RegistrationResult.REGISTERED);

        scheduler.advance(Duration.ofSeconds(79));
        assertThat(registrar.attempts).hasSize(2);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(registrar.attempts).hasSize(3);
        assertThat(registrar.last().authorization()).isEmpty();
        assertThat(registrar.last().cseq()).isEqualTo(3);
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERING);
    }

    @Test
    void proxyChallengeIsAnsweredWithProxyAuthorization() {
        start(plan("pw1001", PROXY));
        registrar.answer(challenge(407, CHALLENGE));

        assertThat(registrar.last().authorization()).hasValueSatisfying(
                credentials -> assertThat(credentials.headerName()).isEqualTo("Proxy-Authorization"));
        registrar.answer(ok(600));
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void refusedCredentialsFailAndAreTriedAgainOnlyAfterTheFailedRegistrationRetryTimer() {
        start(plan("wrong", PROXY));
        registrar.answer(challenge(401, CHALLENGE));
        registrar.answer(challenge(401, new DigestChallenge("pbx.example.net", "nonce-2", "", "", List.of("auth"), false)));

        assertThat(status().state()).isEqualTo(RegistrationState.FAILED);
        assertThat(status().lastStatusCode()).isEqualTo(401);
        assertThat(status().reason()).isEqualTo("401 Unauthorized: credentials of 1001 refused");
        assertThat(status().secondsUntilNextAttempt(scheduler.clock())).isEqualTo(300);
        assertThat(rounds).containsExactly(RegistrationResult.REJECTED);

        scheduler.advance(Duration.ofSeconds(299));
        assertThat(registrar.attempts).hasSize(2);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(registrar.attempts).hasSize(3);
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERING);
    }

    @Test
    void forbiddenFailsAtOnce() {
        start(plan("wrong", PROXY));
        registrar.answer(challenge(401, CHALLENGE));
        registrar.answer(response(403, "Forbidden"));

        assertThat(status().state()).isEqualTo(RegistrationState.FAILED);
        assertThat(status().lastStatusCode()).isEqualTo(403);
        assertThat(status().reason()).isEqualTo("403 Forbidden");
    }

    @Test
    void staleNonceIsAnsweredAgainWithoutCountingAsRefused() {
        start(plan("pw1001", PROXY));
        registrar.answer(challenge(401, CHALLENGE));
        registrar.answer(challenge(401, new DigestChallenge("pbx.example.net", "nonce-2", "", "", List.of("auth"), true)));

        assertThat(registrar.attempts).hasSize(3);
        assertThat(registrar.last().authorization().orElseThrow().headerValue()).contains("nonce=\"nonce-2\"");
        registrar.answer(ok(600));
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void proxyThatDoesNotAnswerIsReplacedByTheFailoverServer() {
        start(plan("pw1001", PROXY, FAILOVER));
        registrar.timeout();

        assertThat(registrar.last().nextHop()).isEqualTo(FAILOVER);
        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERING);
        registrar.answer(challenge(401, CHALLENGE));
        registrar.answer(ok(600));
        assertThat(status().registrar()).isEqualTo("10.100.0.46:5070");

        // The next round prefers the proxy again.
        scheduler.advance(Duration.ofSeconds(480));
        assertThat(registrar.last().nextHop()).isEqualTo(PROXY);
    }

    @Test
    void noServerAnsweringFailsWithoutStatusCode() {
        start(plan("pw1001", PROXY, FAILOVER));
        registrar.timeout();
        registrar.timeout();

        assertThat(status().state()).isEqualTo(RegistrationState.FAILED);
        assertThat(status().lastStatusCode()).isZero();
        assertThat(status().reason()).isEqualTo("no answer from 10.100.0.46:5070");
        assertThat(rounds).containsExactly(RegistrationResult.NO_ANSWER);
    }

    @Test
    void serverErrorFailsWithoutTryingTheFailover() {
        start(plan("pw1001", PROXY, FAILOVER));
        registrar.answer(response(500, "Server Internal Error"));

        assertThat(status().state()).isEqualTo(RegistrationState.FAILED);
        assertThat(registrar.attempts).hasSize(1);
    }

    @Test
    void requestThatCannotLeaveCountsAsNoAnswer() {
        registrar.failSends = true;
        start(plan("pw1001", PROXY));

        assertThat(status().state()).isEqualTo(RegistrationState.FAILED);
        assertThat(status().reason()).isEqualTo("cannot send to 10.100.0.45:5060: socket closed");
        assertThat(scheduler.pendingTimers()).isEqualTo(1);
    }

    @Test
    void incompleteAccountStaysNotRegisteredAndSendsNothing() {
        start(plan("", PROXY));

        assertThat(registrar.attempts).isEmpty();
        assertThat(status().state()).isEqualTo(RegistrationState.NOT_REGISTERED);
        assertThat(status().reason()).isEqualTo("incomplete account: no password");
        assertThat(status().nextAttempt()).isEmpty();
    }

    @Test
    void stoppedRegistrationIgnoresLateAnswersAndSchedulesNothing() {
        var registration = start(plan("pw1001", PROXY));
        registrar.answer(challenge(401, CHALLENGE));
        registration.stop();
        int statuses = published.size();

        registrar.answer(ok(600));
        scheduler.advance(Duration.ofHours(1));

        assertThat(published).hasSize(statuses);
        assertThat(registrar.attempts).hasSize(2);
    }

    @Test
    void answerToAnEarlierAttemptIsIgnored() {
        start(plan("pw1001", PROXY));
        long firstAttempt = registrar.last().attemptId();
        registrar.answer(challenge(401, CHALLENGE));

        registrar.listener.onResponse(firstAttempt, response(500, "Server Internal Error"));

        assertThat(status().state()).isEqualTo(RegistrationState.REGISTERING);
    }

    @Test
    void everyLogLineOfTheAccountCarriesItsIdInTheMdc() {
        List<String> accountsOfLines = new ArrayList<>();
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                // Handlers run on the logging thread: the MDC seen here is the one of the line.
                accountsOfLines.add(String.valueOf(org.jboss.logging.MDC.get(AccountRegistration.MDC_ACCOUNT)));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var logger = java.util.logging.Logger.getLogger(AccountRegistration.class.getName());
        logger.addHandler(handler);
        try {
            start(plan("pw1001", PROXY, FAILOVER));
            registrar.timeout();
            registrar.answer(challenge(401, CHALLENGE));
            registrar.answer(ok(600));
            scheduler.advance(Duration.ofSeconds(480));
            registrar.answer(response(500, "Server Internal Error"));
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(accountsOfLines).hasSizeGreaterThanOrEqualTo(3).containsOnly("hs-1");
        assertThat(org.jboss.logging.MDC.get(AccountRegistration.MDC_ACCOUNT)).as("MDC cleared after the account's work").isNull();
    }

    /** Records every REGISTER; the test answers the last one. */
    private static final class ScriptedRegistrar implements RegisterTransport {
        final List<RegisterAttempt> attempts = new ArrayList<>();
        Listener listener;
        boolean failSends;

        @Override
        public boolean configure(LocalEndpoint endpoint) {
            return false;
        }

        @Override
        public void send(RegisterAttempt attempt, Listener listener) throws SendFailedException {
            if (failSends) {
                throw new SendFailedException("socket closed", null);
            }
            attempts.add(attempt);
            this.listener = listener;
        }

        RegisterAttempt last() {
            return attempts.get(attempts.size() - 1);
        }

        void answer(RegisterResponse response) {
            listener.onResponse(last().attemptId(), response);
        }

        void timeout() {
            listener.onTimeout(last().attemptId(), "no answer from " + last().nextHop());
        }
    }
}
