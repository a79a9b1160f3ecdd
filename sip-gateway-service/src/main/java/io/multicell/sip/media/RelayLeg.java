package io.multicell.sip.media;

import io.multicell.proto.media.v1.VoiceFrame;

/** One VoiceRelay.Relay stream of a call towards one base (the bearer base, or both bases during a handover). */
public interface RelayLeg {

    /** Sends a downlink frame to the base; a leg whose stream has ended drops it. */
    void send(VoiceFrame frame);

    /** Ends the stream (the base stops expecting frames of the call). */
    void close();

    /** What arrives from the base on the leg. */
    interface Uplink {

        /** An uplink frame from the handset. */
        void frame(VoiceFrame frame);

        /** The base ended the stream, or it broke. */
        void ended(String why);
    }
}
