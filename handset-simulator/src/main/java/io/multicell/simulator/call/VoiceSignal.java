package io.multicell.simulator.call;

import io.multicell.simulator.air.Codec;
import java.time.Duration;
import java.util.Arrays;

/**
 * The simulator's test signal: frame {@code i} is {@value #FRAME_BYTES} bytes, the big-endian 32-bit index {@code i}
 * in bytes 0..3, then a 1 kHz tone G.711 coded (µ-law for PCMU, A-law otherwise). The tone is sampled at its place
 * in the stream (8 kHz, 160 samples a frame, the index taking the first four sample slots); 160 samples are 20
 * whole periods, so every frame carries the same tone bytes and only the index differs.
 */
public final class VoiceSignal {

    /** One frame every ptime. */
    public static final Duration PTIME = Duration.ofMillis(20);
    /** 20 ms of G.711 at 8 kHz. */
    public static final int FRAME_BYTES = 160;
    static final int INDEX_BYTES = 4;
    private static final double TONE_HZ = 1000;
    private static final double SAMPLE_RATE_HZ = 8000;
    /** About -10 dBm0: loud enough to hear, far from clipping. */
    private static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

    private static final byte[] ALAW_TONE = tone(false);
    private static final byte[] ULAW_TONE = tone(true);

    private final Codec codec;
    private final byte[] tone;

    public VoiceSignal(Codec codec) {
        this.codec = codec;
        this.tone = codec == Codec.PCMU ? ULAW_TONE : ALAW_TONE;
    }

    public Codec codec() {
        return codec;
    }

    /** The payload of frame {@code index}. */
    public byte[] frame(long index) {
        byte[] payload = Arrays.copyOf(tone, FRAME_BYTES);
        payload[0] = (byte) (index >>> 24);
        payload[1] = (byte) (index >>> 16);
        payload[2] = (byte) (index >>> 8);
        payload[3] = (byte) index;
        return payload;
    }

    /** The index a frame of this signal carries, or -1 when {@code payload} is too short to carry one. */
    public static long indexOf(byte[] payload) {
        if (payload.length < INDEX_BYTES) {
            return -1;
        }
        return ((payload[0] & 0xFFL) << 24) | ((payload[1] & 0xFFL) << 16) | ((payload[2] & 0xFFL) << 8)
                | (payload[3] & 0xFFL);
    }

    /** {@code payload} is exactly what this signal makes for frame {@code index}. */
    public boolean matches(long index, byte[] payload) {
        if (payload.length != FRAME_BYTES || indexOf(payload) != (index & 0xFFFFFFFFL)) {
            return false;
        }
        return Arrays.equals(payload, INDEX_BYTES, FRAME_BYTES, tone, INDEX_BYTES, FRAME_BYTES);
    }

    private static byte[] tone(boolean muLaw) {
        byte[] bytes = new byte[FRAME_BYTES];
        for (int k = INDEX_BYTES; k < FRAME_BYTES; k++) {
            short sample = (short) Math.round(AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * k / SAMPLE_RATE_HZ));
            bytes[k] = muLaw ? G711.ulaw(sample) : G711.alaw(sample);
        }
        return bytes;
    }
}
