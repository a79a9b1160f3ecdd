package io.multicell.integrator.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link LoginConfig#maxFailures()} wrong passwords in a row a user ID is locked
 * for {@link LoginConfig#lockDuration()}; a right password while unlocked clears the count. Kept per user ID (there are
 * only two), not per address, so that guessing from many addresses is throttled too; the price is that a guesser can
 * keep the real admin out for the lock duration, which the manual's device accepts as well ("access may be blocked for
 * a few minutes").
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final LoginConfig config;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, LoginConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** How long {@code user} stays locked; zero when a password may be checked now. */
    public Duration lockedFor(String user) {
        Failures f = failures.get(user);
        if (f == null || f.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String user) {
        failures.compute(user, (name, f) -> {
            int count = (f == null || expired(f) ? 0 : f.count()) + 1;
            Instant lockedUntil = count >= config.maxFailures() ? clock.instant().plus(config.lockDuration()) : null;
            return new Failures(count, lockedUntil);
        });
    }

    public void succeeded(String user) {
        failures.remove(user);
    }

    private boolean expired(Failures f) {
        return f.lockedUntil() != null && !clock.instant().isBefore(f.lockedUntil());
    }
}
