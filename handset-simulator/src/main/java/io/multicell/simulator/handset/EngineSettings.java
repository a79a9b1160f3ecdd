package io.multicell.simulator.handset;

import io.multicell.core.radio.RadioParameters;
import java.time.Duration;

/**
 * The engine's timers and radio.
 *
 * @param tick               how often every handset moves, listens and decides
 * @param hysteresisDb       how much stronger another base must be before a locked handset re-locks
 * @param radio              the radio model shared with the bases
 * @param procedureTimeout   how long a handset waits for the result of a registration or attach
 * @param relockBackoff      wait before re-opening a stream the base ended
 * @param attachRetryMin     first wait before a refused handset that holds a key attaches again; doubles
 * @param attachRetryMax     longest such wait
 * @param baseLossGrace      how long a base that left service (or the DM's list) is still heard: rides out a DM
 *                           restart, during which the DM briefly lists every base as offline
 * @param measurementInterval how often a handset in a connected call reports the bases it hears
 */
public record EngineSettings(
        Duration tick,
        double hysteresisDb,
        RadioParameters radio,
        Duration procedureTimeout,
        Duration relockBackoff,
        Duration attachRetryMin,
        Duration attachRetryMax,
        Duration baseLossGrace,
        Duration measurementInterval) {

    public EngineSettings {
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive, was " + tick);
        }
        if (hysteresisDb < 0) {
            throw new IllegalArgumentException("hysteresis must not be negative, was " + hysteresisDb);
        }
        if (attachRetryMax.compareTo(attachRetryMin) < 0) {
            throw new IllegalArgumentException("attach retry max " + attachRetryMax + " is below min " + attachRetryMin);
        }
        if (measurementInterval.isNegative() || measurementInterval.isZero()) {
            throw new IllegalArgumentException("measurement interval must be positive, was " + measurementInterval);
        }
    }

    /** Defaults of the service: 100 ms tick, 6 dB, office radio, measurements every 200 ms. */
    public static EngineSettings defaults() {
        return new EngineSettings(Duration.ofMillis(100), 6.0, RadioParameters.office(), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(3),
                Duration.ofMillis(200));
    }
}
