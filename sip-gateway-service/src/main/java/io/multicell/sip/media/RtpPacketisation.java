package io.multicell.sip.media;

/**
 * RTP Packetisation Time (ptime) of a provider profile: how many milliseconds of audio one RTP packet towards the PBX
 * carries (10, 20 or 30 ms). The radio side always carries 20 ms frames ({@value #RADIO_FRAME_MS} ms, 160 bytes): the
 * gateway re-cuts the uplink into packets of ptime and the downlink, whatever the PBX's packet size, into radio frames.
 * All codecs the gateway carries (G.711, G.722) take 8 bytes per millisecond, one byte per RTP clock tick.
 *
 * @param ptimeMs milliseconds of audio per RTP packet the gateway sends
 */
public record RtpPacketisation(int ptimeMs) {

    /** The voice frame of the radio side: 20 ms, as handsets and bases send and expect it. */
    public static final int RADIO_FRAME_MS = 20;
    /** Bytes (and RTP timestamp units) per millisecond of G.711 or G.722 audio. */
    public static final int BYTES_PER_MS = 8;

    public RtpPacketisation {
        if (ptimeMs <= 0 || ptimeMs % 10 != 0) {
            throw new IllegalArgumentException("ptime " + ptimeMs + " ms: a multiple of 10 ms expected");
        }
    }

    /** The radio side's own packetisation: one 20 ms frame per packet. */
    public static RtpPacketisation radioFrames() {
        return new RtpPacketisation(RADIO_FRAME_MS);
    }

    /** Payload bytes of one packet: 80, 160 or 240 for 10, 20 or 30 ms. */
    public int packetBytes() {
        return ptimeMs * BYTES_PER_MS;
    }

    /** A packetiser that cuts a continuous audio byte stream into packets of this size. */
    public Packetiser packetiser() {
        return new Packetiser(packetBytes());
    }
}
