package io.multicell.simulator.call;

import java.util.BitSet;

/**
 * The receiving end of a call's voice at the handset: drops copies by sequence (a second bearer during a handover
 * delivers each frame twice), counts what is missing or late, and checks frames the far end echoed against the
 * {@link VoiceSignal}.
 */
public final class VoiceCheck {

    private VoiceSignal signal;
    private final BitSet sequences = new BitSet();
    private final BitSet echoes = new BitSet();
    private long lowest = -1;
    private long highest = -1;
    private long received;
    private long duplicates;
    private long outOfOrder;
    private long echoLowest = -1;
    private long echoHighest = -1;
    private long echoed;
    private long contentErrors;

    public VoiceCheck(VoiceSignal signal) {
        this.signal = signal;
    }

    /** The signal echoed frames are checked against from now on. */
    void expect(VoiceSignal signal) {
        this.signal = signal;
    }

    /**
     * One downlink frame.
     *
     * @param framesSent how many frames the handset has sent so far: an index below it may be an echo of one
     * @return false for a copy of a sequence already received (dropped)
     */
    public boolean receive(long sequence, byte[] payload, long framesSent) {
        if (sequence < 0 || sequence > Integer.MAX_VALUE) {
            return false; // a call of more than a year: not this simulator's
        }
        int seq = (int) sequence;
        if (sequences.get(seq)) {
            duplicates++;
            return false;
        }
        sequences.set(seq);
        received++;
        if (highest >= 0 && sequence < highest) {
            outOfOrder++;
        }
        highest = Math.max(highest, sequence);
        lowest = lowest < 0 ? sequence : Math.min(lowest, sequence);
        echo(payload, framesSent);
        return true;
    }

    private void echo(byte[] payload, long framesSent) {
        long index = VoiceSignal.indexOf(payload);
        if (payload.length != VoiceSignal.FRAME_BYTES || index < 0 || index >= framesSent) {
            return; // not one of ours: the far end sends its own audio
        }
        if (!signal.matches(index, payload)) {
            contentErrors++;
        }
        if (echoes.get((int) index)) {
            return;
        }
        echoes.set((int) index);
        echoed++;
        echoHighest = Math.max(echoHighest, index);
        echoLowest = echoLowest < 0 ? index : Math.min(echoLowest, index);
    }

    public MediaCounters counters(long framesSent) {
        long lost = highest < 0 ? 0 : highest - lowest + 1 - received;
        long echoLost = echoHighest < 0 ? 0 : echoHighest - echoLowest + 1 - echoed;
        return new MediaCounters(framesSent, received, duplicates, lost, outOfOrder, echoed, echoLost, contentErrors);
    }
}
