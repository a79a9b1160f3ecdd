package io.multicell.integrator.telephony;

/**
 * "Audio quality": whether wideband (G.722) calls are allowed at all. While it is off G.722 is left out of every
 * profile's codec list sent to the SIP gateway; while it is on a base serves at most five calls instead of eight.
 */
public record AudioSettings(boolean g722Enabled) {

    /** Calls per base station with G.711/G.729 only, and with G.722 enabled (the manual's table). */
    public static final int CALLS_NARROWBAND = 8;
    public static final int CALLS_WIDEBAND = 5;

    /** Wideband is off until the admin turns it on: it costs capacity. */
    public static AudioSettings defaults() {
        return new AudioSettings(false);
    }

    public int callsPerBaseStation() {
        return g722Enabled ? CALLS_WIDEBAND : CALLS_NARROWBAND;
    }
}
