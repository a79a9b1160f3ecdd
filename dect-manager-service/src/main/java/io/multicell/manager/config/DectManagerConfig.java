package io.multicell.manager.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed settings of this DECT manager ({@code multicell.dm.*}). */
@ConfigMapping(prefix = "multicell.dm")
public interface DectManagerConfig {

    /** DM name shown in the DM Name column and in the Reference column of LAN slaves. */
    @WithDefault("DM1")
    String name();

    /** RPN group of this DM, 0..3: the two most significant bits of every RPN it assigns. */
    @WithDefault("0")
    int rpnGroup();

    /** A base whose heartbeats stop for this long is Offline even while its stream looks open. */
    @WithDefault("3S")
    Duration offlineAfter();

    /** How often heartbeat freshness is checked. */
    @WithDefault("500ms")
    Duration tickInterval();

    /** Event publishing to Kafka. */
    Events events();

    /** Handset access rights, location registry and paging. */
    Handsets handsets();

    /** Call routing: channels, ringing, handover. */
    Calls calls();

    /** Call routing: channels, ringing, handover. */
    interface Calls {

        /** Calls a base carries at once. */
        @WithDefault("8")
        int channelsPerBase();

        /** Calls a base carries at once while one of them is wideband (G.722). */
        @WithDefault("5")
        int widebandChannelsPerBase();

        /** An incoming call the handset does not answer within this is released NO_ANSWER. */
        @WithDefault("60S")
        Duration ringTimeout();

        /** A handover target must be heard at least this many dB stronger than the bearer base. */
        @WithDefault("6")
        double handoverHysteresisDb();

        /** A handover not completed (MediaOnBearer from the gateway) within this is abandoned. */
        @WithDefault("2S")
        Duration handoverTimeout();
    }

    /** Handset access rights, location registry and paging. */
    interface Handsets {

        /** How long a registration or authentication challenge stays answerable. */
        @WithDefault("10S")
        Duration transactionTimeout();

        /** How many refused registration attempts ListSubscriptions shows (most recent first). */
        @WithDefault("100")
        int refusalsKept();

        /** How long a page waits for the answer through the handset's last known base before widening. */
        @WithDefault("1S")
        Duration pageLastBaseWait();

        /** How long a page through the whole cluster waits for the answer. */
        @WithDefault("2S")
        Duration pageClusterWait();
    }

    /** Event publishing to Kafka. */
    interface Events {

        /** Value of the {@code source} field of every event. */
        @WithDefault("dect-manager")
        String source();

        /** First wait before an event that Kafka refused is sent again; doubles up to {@link #retryBackoffMax()}. */
        @WithDefault("1S")
        Duration retryBackoff();

        /** Longest wait between two attempts to send the same event. */
        @WithDefault("30S")
        Duration retryBackoffMax();

        /** Events kept while Kafka is unreachable; beyond it the oldest are dropped (and logged). */
        @WithDefault("10000")
        int queueCapacity();

        /** How long one send may wait for broker metadata (blocks only the publisher thread). */
        @WithDefault("5S")
        Duration maxBlock();
    }
}
