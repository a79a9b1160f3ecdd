package io.multicell.sip.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.sip.config.SipConfiguration;

/**
 * The registrations of every account of the configuration in force. A new configuration (already validated)
 * restarts only the accounts whose plan changed, or all of them when the local SIP endpoint changed.
 * Metrics: counter {@code multicell.sip.registrations} tagged result, gauge {@code multicell.sip.accounts} tagged state.
 */
public final class Registrations implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Registrations.class);
    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(10);

    private final Clock clock;
    private final RegistrationScheduler scheduler;
    private final RegisterTransport transport;
    private final Supplier<String> tokens;
    private final Map<RegistrationResult, Counter> rounds = new EnumMap<>(RegistrationResult.class);
    private final MeterRegistry meters;
    private final List<Meter> registered = new java.util.ArrayList<>();

    // Owned by the scheduler's thread.
    private final Map<String, AccountRegistration> accounts = new HashMap<>();
    // Written by the scheduler's thread, read by anyone.
    private final ConcurrentMap<String, AccountStatus> statuses = new ConcurrentHashMap<>();
    private volatile SipConfiguration configuration = SipConfiguration.empty();
    private volatile Optional<LocalEndpoint> endpoint = Optional.empty();

    public Registrations(Clock clock, RegistrationScheduler scheduler, RegisterTransport transport, MeterRegistry meters,
            Supplier<String> tokens) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.transport = transport;
        this.tokens = tokens;
        this.meters = meters;
        for (var result : RegistrationResult.values()) {
            rounds.put(result, Counter.builder("multicell.sip.registrations")
                    .description("Registration rounds of SIP accounts, by how they ended")
                    .tag("result", result.tag())
                    .register(meters));
            registered.add(rounds.get(result));
        }
        for (var state : RegistrationState.values()) {
            registered.add(Gauge.builder("multicell.sip.accounts", statuses, all -> all.values().stream().filter(s -> s.state() == state).count())
                    .description("SIP accounts, by registration state")
                    .tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    /**
     * Puts a validated configuration in force on the given local endpoint. Returns once every account runs on it
     * (registrations themselves go on in the background).
     */
    public void apply(SipConfiguration next, LocalEndpoint localEndpoint) {
        var applied = new CompletableFuture<Void>();
        scheduler.execute(() -> {
            try {
                applyNow(next, localEndpoint);
                applied.complete(null);
            } catch (RuntimeException e) {
                applied.completeExceptionally(e);
            }
        });
        try {
            applied.get(APPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying SIP configuration revision " + next.revision(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("SIP configuration revision " + next.revision() + " not applied: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("SIP configuration revision " + next.revision() + " not applied within " + APPLY_TIMEOUT, e);
        }
    }

    private void applyNow(SipConfiguration next, LocalEndpoint localEndpoint) {
        boolean endpointChanged = transport.configure(localEndpoint);
        Map<String, RegistrationPlan> plans = new LinkedHashMap<>();
        for (var account : next.accounts()) {
            var profile = next.profile(account.profileId()).orElseThrow(
                    () -> new IllegalArgumentException("account " + account.accountId() + ": no profile " + account.profileId()));
            plans.put(account.accountId(), RegistrationPlan.of(account, profile, next.voip()));
        }
        int stopped = 0;
        for (var it = accounts.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            var plan = plans.get(entry.getKey());
            if (endpointChanged || !entry.getValue().plan().equals(plan)) {
                entry.getValue().stop();
                it.remove();
                stopped++;
                if (plan == null) {
                    statuses.remove(entry.getKey());
                }
            }
        }
        int started = 0;
        for (var plan : plans.values()) {
            if (!accounts.containsKey(plan.accountId())) {
                var registration = new AccountRegistration(plan, transport, scheduler, clock, tokens, new Events());
                accounts.put(plan.accountId(), registration);
                registration.start();
                started++;
            }
        }
        configuration = next;
        endpoint = Optional.of(localEndpoint);
        LOG.infof("SIP configuration revision %d in force: %d accounts (%d started, %d stopped)%s", next.revision(),
                plans.size(), started, stopped, endpointChanged ? ", SIP endpoint " + localEndpoint : "");
    }

    /** Every account's status, by account id. */
    public List<AccountStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(AccountStatus::accountId)).toList();
    }

    public Optional<AccountStatus> status(String accountId) {
        return Optional.ofNullable(statuses.get(accountId));
    }

    public SipConfiguration configuration() {
        return configuration;
    }

    /** The local endpoint of the configuration in force (empty before the first configuration). */
    public Optional<LocalEndpoint> endpoint() {
        return endpoint;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Stops every registration (bindings at the registrar expire on their own) and removes its meters: a registry that
     * outlives this instance (Quarkus' global one across restarts in tests) must not keep reading its statuses.
     */
    @Override
    public void close() {
        registered.forEach(meters::remove);
        var closed = new CompletableFuture<Void>();
        try {
            scheduler.execute(() -> {
                accounts.values().forEach(AccountRegistration::stop);
                accounts.clear();
                closed.complete(null);
            });
        } catch (RejectedExecutionException e) {
            return; // the registration thread is already gone, and every timer with it
        }
        try {
            closed.get(APPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("registrations did not stop cleanly", e);
        }
    }

    private final class Events implements AccountRegistration.Events {

        @Override
        public void statusChanged(AccountStatus status) {
            statuses.put(status.accountId(), status);
        }

        @Override
        public void roundFinished(RegistrationResult result) {
            rounds.get(result).increment();
        }
    }
}
