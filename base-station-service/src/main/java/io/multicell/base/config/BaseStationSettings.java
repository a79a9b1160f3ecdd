package io.multicell.base.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of one base station process (keys of docs/architecture.md, env MULTICELL_BASE_*). */
@ConfigMapping(prefix = "multicell.base")
public interface BaseStationSettings {

    /** Instance number of this base process (1..65535); derives the default MAC. */
    @WithDefault("1")
    int instance();

    /** MAC of the base; when absent, derived from the instance number (7C:2F:80:00:00:0n). */
    Optional<String> mac();

    /** Metres east of the floor plan origin where the base is installed. */
    @WithDefault("0")
    double positionX();

    /** Metres north of the floor plan origin where the base is installed. */
    @WithDefault("0")
    double positionY();

    /** True for the base co-located with the DM (shown as LocalBS). */
    @WithDefault("false")
    boolean local();

    /** Firmware version reported in Hello. */
    @WithDefault("2.54.0")
    String firmware();

    /** Period of the heartbeats on the control stream. */
    @WithDefault("1S")
    Duration heartbeatInterval();

    /** First wait before reconnecting to the DM after a failure; doubles per failed attempt. */
    @WithDefault("200ms")
    Duration reconnectBackoffMin();

    /** Longest wait between two connection attempts. */
    @WithDefault("2S")
    Duration reconnectBackoffMax();

    /** How long a Reboot command keeps the base off the air before it connects again. */
    @WithDefault("1S")
    Duration rebootDuration();

    /** Host handsets reach this base's AirInterface at; reported to the DM as air_endpoint host:grpc-port. */
    @WithDefault("127.0.0.1")
    String airHost();

    /**
     * UDP port of the base's voice socket (handsets and the gateway send voice datagrams there, told by VoicePath and
     * RelayAccepted); 0: any free port. Bound on the gRPC server's host.
     */
    @WithDefault("0")
    int voicePort();

    /** Deadline of every HandsetAccess call to the DM; a handset is refused when the DM does not answer in time. */
    @WithDefault("3S")
    Duration dmCallTimeout();

    /** Call bearers this base carries at most (the DM's channels per base); beyond, a bearer is refused. */
    @WithDefault("8")
    int callChannels();

    /** Call bearers at most while one of them is wideband (G.722). */
    @WithDefault("5")
    int widebandCallChannels();
}
