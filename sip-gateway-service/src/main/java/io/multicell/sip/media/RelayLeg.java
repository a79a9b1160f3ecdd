package io.multicell.sip.media;

/**
 * One call's leg towards one base (the bearer base, or both bases during a handover): a VoiceRelay.Relay stream for
 * the control, downlink voice as UDP datagrams to the base's voice socket once the base accepted the leg.
 */
public interface RelayLeg {

    /**
     * Sends one downlink VoiceDatagram (already serialised: the same bytes go to every leg) to the base; a leg the base
     * has not accepted yet, or whose stream has ended, drops it.
     */
    void send(byte[] datagram);

    /** Ends the stream (the base stops expecting frames of the call). */
    void close();

    /** What the base tells about the leg. */
    interface Listener {

        /** The base accepted the leg (RelayAccepted): it feeds the bearer, and the leg sends from now on. */
        void accepted();

        /** The base ended the stream, or it broke. */
        void ended(String why);
    }
}
