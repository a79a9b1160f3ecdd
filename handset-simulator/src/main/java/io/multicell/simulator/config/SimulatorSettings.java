package io.multicell.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Settings of the handset simulator (env MULTICELL_SIMULATOR_*). */
@ConfigMapping(prefix = "multicell.simulator")
public interface SimulatorSettings {

    /** How often every handset moves, listens to the bases and decides. */
    @WithDefault("100ms")
    Duration tick();

    /** How much stronger (dB) another base must be before a locked handset re-locks to it. */
    @WithDefault("6")
    double hysteresisDb();

    /** Seed of every random choice of the simulator (generated ids, retry jitter): same seed, same run. */
    @WithDefault("1")
    long seed();

    /** How often the bases (position, status, air endpoint) are read from the DM (DectManager.ListBaseStations). */
    @WithDefault("500ms")
    Duration baseListInterval();

    /** Deadline of ListBaseStations. */
    @WithDefault("2S")
    Duration dmCallTimeout();

    /** How long a base that left service (or the DM's list) is still heard: rides out a DM restart. */
    @WithDefault("3S")
    Duration baseLossGrace();

    /** How long a handset waits for the result of a registration or an attach. */
    @WithDefault("10S")
    Duration procedureTimeout();

    /** Wait before a handset re-opens an air stream its base ended. */
    @WithDefault("1S")
    Duration relockBackoff();

    /** First wait before a refused handset that holds a key attaches again (doubles per refusal). */
    @WithDefault("1S")
    Duration attachRetryMin();

    /** Longest wait between two attach attempts of a refused handset. */
    @WithDefault("30S")
    Duration attachRetryMax();

    /** How often a handset in a connected call reports every base it hears (NeighbourMeasurement). */
    @WithDefault("200ms")
    Duration measurementInterval();

    /**
     * Address of the simulator's UDP voice socket (every handset's voice, both ways). Every Lock announces it to the
     * base, so it must be one the bases can send to: not the wildcard 0.0.0.0.
     */
    @WithDefault("127.0.0.1")
    String voiceHost();

    /** Port of the UDP voice socket; 0 takes a free one (the Lock names it, the bases need no setting). */
    @WithDefault("0")
    int voicePort();

    /** Model designation of a new handset when the request names none. */
    @WithDefault("S700H PRO")
    String defaultModel();

    /** Firmware of a new handset when the request names none. */
    @WithDefault("114.00")
    String defaultFirmware();

    /** The radio model; every key left out is dect-core RadioParameters.office(). */
    Radio radio();

    /** The floor plan handsets may be put on; every bound left out is the dect-core limit (±10000 m). */
    Plan floorPlan();

    /** Radio parameters shared with the bases; defaults are RadioParameters.office(). */
    interface Radio {
        /** Transmit power of a base, dBm. */
        OptionalDouble txPowerDbm();

        /** Path loss at 1 m, dB. */
        OptionalDouble referenceLossDb();

        /** Log-distance path loss exponent. */
        OptionalDouble pathLossExponent();

        /** Weakest signal a base can synchronise to, dBm (not used by handsets; kept for one model). */
        OptionalDouble syncThresholdDbm();

        /** Weakest signal a handset can still lock to, dBm. */
        OptionalDouble handsetSensitivityDbm();
    }

    /** Bounds of the floor plan in metres. */
    interface Plan {
        Optional<Double> minX();

        Optional<Double> maxX();

        Optional<Double> minY();

        Optional<Double> maxY();
    }
}
