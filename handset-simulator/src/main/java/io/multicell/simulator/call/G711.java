package io.multicell.simulator.call;

/** G.711 encoders (ITU-T G.711, as in the reference implementation): 16-bit linear PCM to A-law and µ-law. */
public final class G711 {

    private static final int[] A_LAW_SEGMENT_END = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final int[] MU_LAW_SEGMENT_END = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int MU_LAW_BIAS = 0x84;
    private static final int MU_LAW_CLIP = 8159;

    private G711() {
    }

    /** One A-law byte for a 16-bit sample. */
    public static byte alaw(short sample) {
        int pcm = sample >> 3;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int segment = segment(pcm, A_LAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int value = segment << 4;
        value |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte) (value ^ mask);
    }

    /** One µ-law byte for a 16-bit sample. */
    public static byte ulaw(short sample) {
        int pcm = sample >> 2;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        if (pcm > MU_LAW_CLIP) {
            pcm = MU_LAW_CLIP;
        }
        pcm += MU_LAW_BIAS >> 2;
        int segment = segment(pcm, MU_LAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int value = (segment << 4) | ((pcm >> (segment + 1)) & 0x0F);
        return (byte) (value ^ mask);
    }

    private static int segment(int value, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (value <= ends[i]) {
                return i;
            }
        }
        return ends.length;
    }
}
