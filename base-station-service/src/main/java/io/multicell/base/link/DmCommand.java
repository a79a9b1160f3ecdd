package io.multicell.base.link;

import io.multicell.base.call.CallState;
import io.multicell.base.call.Codec;
import io.multicell.base.call.ReleaseCause;
import io.multicell.core.identity.Ipui;

/** A command the DM sends down the control stream. */
public sealed interface DmCommand {

    /** The base's current assignment and state. */
    record Assign(Assignment assignment) implements DmCommand {
    }

    /** Reboot now: every connection of the base is terminated. */
    record Reboot() implements DmCommand {
    }

    /** Switch the status LED display on or off. */
    record LedDisplay(boolean enabled) implements DmCommand {
    }

    /** Page a handset attached here; its answer goes back to the DM with {@code pageId}. */
    record PageHandset(Ipui ipui, String pageId) implements DmCommand {
    }

    /** Drop a handset's air stream (it was de-registered), telling it why. */
    record ReleaseHandset(Ipui ipui, String reason) implements DmCommand {
    }

    /** Set the counters this base keeps (Conn) back to 0. */
    record ResetStatistics() implements DmCommand {
    }

    /** A command about one call of a handset; handled by the air side. */
    sealed interface CallCommand extends DmCommand {

        String callId();

        Ipui ipui();
    }

    /**
     * Where a call's bearer is when the DM names a base: empty fields mean this base (the DM reserved the channel
     * here by choosing it).
     */
    record BearerBase(String baseMac, String airEndpoint) {

        public static final BearerBase HERE = new BearerBase("", "");

        public BearerBase {
            baseMac = baseMac == null ? "" : baseMac;
            airEndpoint = airEndpoint == null ? "" : airEndpoint;
        }

        /** True when no other base is named, or the one named is {@code self}. */
        public boolean isHere(String self) {
            return baseMac.isEmpty() || baseMac.equalsIgnoreCase(self);
        }
    }

    /** A call for a handset attached here: ring it. */
    record AlertHandset(String callId, Ipui ipui, String callingNumber, String callingName, Codec codec,
            BearerBase bearer) implements CallCommand {
    }

    /** Progress of a call the handset set up. */
    record CallProgress(String callId, Ipui ipui, CallState state, Codec codec, BearerBase bearer)
            implements CallCommand {
    }

    /** The call ends: tell the handset, free the bearer and its channel. */
    record ReleaseCall(String callId, Ipui ipui, ReleaseCause cause, int sipStatus, String reason)
            implements CallCommand {
    }

    /** Reserve a channel and accept a bearer stream (Lock with this call id) from this handset. */
    record ExpectBearer(String callId, Ipui ipui, Codec codec) implements CallCommand {
    }

    /** Move the call to another base: the handset gets HandoverCommand on its bearer stream here. */
    record HandoverHandset(String callId, Ipui ipui, String targetBaseMac, String targetAirEndpoint)
            implements CallCommand {
    }

    /** The call left this base (handover done): free the bearer, tell the handset BearerReleased. */
    record ReleaseBearer(String callId, Ipui ipui) implements CallCommand {
    }
}
