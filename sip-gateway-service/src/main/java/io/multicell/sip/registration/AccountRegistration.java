package io.multicell.sip.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.multicell.sip.digest.DigestAuthenticator;
import io.multicell.sip.digest.UnsupportedChallengeException;
import io.multicell.sip.registration.RegisterAttempt.Credentials;
import io.multicell.sip.registration.RegisterTransport.SendFailedException;

/**
 * Registration of one account: NOT_REGISTERED, then REGISTERING (REGISTER, digest answer to a 401/407, failover
 * server when the first does not answer) to REGISTERED (refreshed at 80 % of the granted expiry) or FAILED (tried
 * again only after the failed-registration retry timer). Only the scheduler's thread touches it; every log line
 * carries the account id in the MDC key {@value #MDC_ACCOUNT}.
 */
final class AccountRegistration {

    static final String MDC_ACCOUNT = "account";
    private static final Logger LOG = Logger.getLogger(AccountRegistration.class);
    private static final String REGISTER = "REGISTER";
    /** A server that keeps sending stale challenges must not keep the round going forever. */
    private static final int MAX_CHALLENGES_PER_ROUND = 3;
    /** Refresh when this share (per mille) of the granted expiry has passed. */
    private static final long REFRESH_AT_PER_MILLE = 800;

    /** What the account reports to the gateway: every status change and the end of every round. */
    interface Events {
        void statusChanged(AccountStatus status);

        void roundFinished(RegistrationResult result);
    }

    private final RegistrationPlan plan;
    private final RegisterTransport transport;
    private final RegistrationScheduler scheduler;
    private final Clock clock;
    private final Supplier<String> tokens;
    private final Events events;
    private final DigestAuthenticator digest = new DigestAuthenticator();
    private final RegisterTransport.Listener listener;
    // One Call-ID and From tag for every REGISTER of the account (RFC 3261 10.2), CSeq counting up.
    private final String callId;
    private final String fromTag;

    private RegistrationState state = RegistrationState.NOT_REGISTERED;
    private int lastStatusCode;
    private String reason;
    private String registrar = "";
    private Instant nextAttempt;
    private RegistrationScheduler.Timer timer;
    private long cseq;
    private long attemptId;
    private int targetIndex;
    private int challengesAnswered;
    private boolean stopped;

    AccountRegistration(RegistrationPlan plan, RegisterTransport transport, RegistrationScheduler scheduler, Clock clock,
            Supplier<String> tokens, Events events) {
        this.plan = plan;
        this.transport = transport;
        this.scheduler = scheduler;
        this.clock = clock;
        this.tokens = tokens;
        this.events = events;
        this.callId = tokens.get();
        this.fromTag = tokens.get();
        this.reason = plan.registrable() ? "not yet tried" : plan.problem();
        this.listener = new RegisterTransport.Listener() {
            @Override
            public void onResponse(long id, RegisterResponse response) {
                scheduler.execute(() -> withMdc(() -> responded(id, response)));
            }

            @Override
            public void onTimeout(long id, String description) {
                scheduler.execute(() -> withMdc(() -> timedOut(id, description)));
            }
        };
    }

    RegistrationPlan plan() {
        return plan;
    }

    void start() {
        withMdc(() -> {
            publish();
            if (!plan.registrable()) {
                LOG.infof("not registering: %s", plan.problem());
                return;
            }
            beginRound();
        });
    }

    /** Ends the registration: timers are cancelled and answers still under way are ignored. */
    void stop() {
        withMdc(() -> {
            stopped = true;
            cancelTimer();
            LOG.debugf("registration of %s stopped", plan);
        });
    }

    AccountStatus status() {
        return new AccountStatus(plan.accountId(), state, lastStatusCode, reason, registrar, Optional.ofNullable(nextAttempt));
    }

    private void beginRound() {
        if (stopped) {
            return;
        }
        timer = null;
        nextAttempt = null;
        transitionTo(RegistrationState.REGISTERING);
        targetIndex = 0;
        challengesAnswered = 0;
        send(Optional.empty());
    }

    private void send(Optional<Credentials> credentials) {
        var target = plan.targets().get(targetIndex);
        var attempt = new RegisterAttempt(plan.accountId(), ++attemptId, target, plan.username(), plan.domain(),
                plan.displayName(), callId, fromTag, ++cseq, (int) plan.expires().toSeconds(), plan.t1Ms(), credentials);
        LOG.debugf("REGISTER sip:%s@%s to %s, CSeq %d%s", plan.username(), plan.domain(), target, cseq,
                credentials.isPresent() ? ", with credentials" : "");
        publish();
        try {
            transport.send(attempt, listener);
        } catch (SendFailedException e) {
            lastStatusCode = 0;
            noAnswer("cannot send to " + target + ": " + e.getMessage());
        }
    }

    private void responded(long id, RegisterResponse response) {
        if (stopped || id != attemptId || state != RegistrationState.REGISTERING) {
            LOG.debugf("ignoring a late %d to an earlier REGISTER", response.statusCode());
            return;
        }
        var target = plan.targets().get(targetIndex);
        int code = response.statusCode();
        lastStatusCode = code;
        registrar = target.toString();
        if (response.success()) {
            registered(response);
        } else if ((code == 401 || code == 407) && response.challenge().isPresent()) {
            answerChallenge(response);
        } else if (code == 503 && targetIndex + 1 < plan.targets().size()) {
            nextTarget(target + " answered 503 " + response.reasonPhrase());
        } else {
            failed(RegistrationResult.REJECTED, code + " " + response.reasonPhrase());
        }
    }

    private void answerChallenge(RegisterResponse response) {
        var challenge = response.challenge().orElseThrow();
        String status = response.statusCode() + " " + response.reasonPhrase();
        // A second challenge for a request that carried credentials means they were refused, unless the nonce was stale.
        boolean answerable = challengesAnswered == 0 || challenge.stale();
        if (!answerable || challengesAnswered >= MAX_CHALLENGES_PER_ROUND) {
            failed(RegistrationResult.REJECTED, status + ": credentials of " + plan.authenticationName() + " refused");
            return;
        }
        try {
            var authorization = digest.authorize(challenge, REGISTER, plan.requestUri(), plan.authenticationName(),
                    plan.password(), tokens.get(), 1);
            challengesAnswered++;
            send(Optional.of(new Credentials(response.challengeFromProxy(), authorization.headerValue())));
        } catch (UnsupportedChallengeException e) {
            failed(RegistrationResult.REJECTED, status + ": " + e.getMessage());
        }
    }

    private void timedOut(long id, String description) {
        if (stopped || id != attemptId || state != RegistrationState.REGISTERING) {
            return;
        }
        lastStatusCode = 0;
        noAnswer(description);
    }

    private void noAnswer(String description) {
        if (targetIndex + 1 < plan.targets().size()) {
            nextTarget(description);
        } else {
            failed(RegistrationResult.NO_ANSWER, description);
        }
    }

    private void nextTarget(String why) {
        targetIndex++;
        challengesAnswered = 0;
        LOG.infof("%s; trying the failover server %s", why, plan.targets().get(targetIndex));
        send(Optional.empty());
    }

    private void registered(RegisterResponse response) {
        long granted = response.grantedExpires().orElse(0);
        if (granted <= 0) {
            granted = plan.expires().toSeconds();
        }
        var refreshIn = Duration.ofMillis(granted * REFRESH_AT_PER_MILLE);
        transitionTo(RegistrationState.REGISTERED);
        reason = response.statusCode() + " " + response.reasonPhrase();
        LOG.infof("registered at %s for %d s, refresh in %d ms", registrar, granted, refreshIn.toMillis());
        events.roundFinished(RegistrationResult.REGISTERED);
        scheduleNextRound(refreshIn);
    }

    private void failed(RegistrationResult result, String why) {
        transitionTo(RegistrationState.FAILED);
        reason = why;
        LOG.warnf("registration failed: %s; next attempt in %d s (failed registration retry timer)", why,
                plan.failedRetry().toSeconds());
        events.roundFinished(result);
        scheduleNextRound(plan.failedRetry());
    }

    private void scheduleNextRound(Duration delay) {
        cancelTimer();
        nextAttempt = clock.instant().plus(delay);
        timer = scheduler.schedule(delay, () -> withMdc(this::beginRound));
        publish();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void transitionTo(RegistrationState next) {
        if (!next.legalPrevious().contains(state)) {
            throw new IllegalStateException("account " + plan.accountId() + ": " + state + " -> " + next
                    + " is not a legal move; " + next + " may only follow " + next.legalPrevious());
        }
        LOG.debugf("%s -> %s", state, next);
        state = next;
    }

    private void publish() {
        events.statusChanged(status());
    }

    private void withMdc(Runnable action) {
        Object previous = MDC.put(MDC_ACCOUNT, plan.accountId());
        try {
            action.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_ACCOUNT);
            } else {
                MDC.put(MDC_ACCOUNT, previous);
            }
        }
    }
}
