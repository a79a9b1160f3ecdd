package io.multicell.manager.basestation;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.calls.Progress;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.media.v1.Codec;
import java.util.Optional;

/** Everything the DM sends down a base's control stream. */
public sealed interface BaseCommand {

    /** The base's current assignment and state. */
    record Assign(Assignment assignment) implements BaseCommand {
    }

    /** Reboot now: every connection of the base is terminated. */
    record Reboot() implements BaseCommand {
    }

    /** Switch the status LED display on or off. */
    record LedDisplay(boolean enabled) implements BaseCommand {
    }

    /** Page a handset through this base; the handset echoes the page id. */
    record Page(Ipui ipui, String pageId) implements BaseCommand {
    }

    /** Drop a handset's air stream (it was de-registered). */
    record ReleaseHandset(Ipui ipui, String reason) implements BaseCommand {
    }

    /**
     * A call for a handset attached here: ring it.
     *
     * @param bearerBase empty: this base carries the bearer; else the base that does (and its air endpoint)
     */
    record AlertHandset(String callId, Ipui ipui, String callingNumber, String callingName, Codec codec,
                        Optional<MacAddress> bearerBase, String bearerAirEndpoint) implements BaseCommand {
    }

    /** Progress of a call for the handset; with PROCEEDING possibly naming another bearer base. */
    record CallProgress(String callId, Ipui ipui, Progress state, Codec codec, Optional<MacAddress> bearerBase,
                        String bearerAirEndpoint) implements BaseCommand {
    }

    /** The call ends: release it towards the handset and free its bearer and channel. */
    record ReleaseCall(String callId, Ipui ipui, ReleaseCause cause, int sipStatus, String reason) implements BaseCommand {
    }

    /** Reserve a channel and accept this handset's bearer stream for the call. */
    record ExpectBearer(String callId, Ipui ipui, Codec codec) implements BaseCommand {
    }

    /** Hand the call over to the target (this base is the old bearer). */
    record HandoverHandset(String callId, Ipui ipui, MacAddress target, String targetAirEndpoint) implements BaseCommand {
    }

    /** The call left this base: free the bearer, tell the handset BearerReleased. */
    record ReleaseBearer(String callId, Ipui ipui) implements BaseCommand {
    }

    /** Set the counters the base keeps (Conn) back to 0. */
    record ResetStatistics() implements BaseCommand {
    }
}
