package io.multicell.sip.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a continuous stream of audio bytes into packets of one size, keeping every byte in order: what does not fill a
 * packet yet waits for the next input. A payload of exactly one packet with nothing waiting passes unchanged. Not
 * thread-safe: its owner serialises calls.
 */
public final class Packetiser {

    private final int packetBytes;
    private byte[] waiting = new byte[0];

    Packetiser(int packetBytes) {
        if (packetBytes <= 0) {
            throw new IllegalArgumentException("packet size " + packetBytes);
        }
        this.packetBytes = packetBytes;
    }

    /** The whole packets that {@code audio}, after what was waiting, completes; the rest waits. */
    public List<byte[]> add(byte[] audio) {
        if (waiting.length == 0 && audio.length == packetBytes) {
            return List.of(audio);
        }
        byte[] stream = waiting.length == 0 ? audio : concat(waiting, audio);
        List<byte[]> packets = new ArrayList<>();
        int offset = 0;
        while (stream.length - offset >= packetBytes) {
            packets.add(Arrays.copyOfRange(stream, offset, offset + packetBytes));
            offset += packetBytes;
        }
        waiting = Arrays.copyOfRange(stream, offset, stream.length);
        return packets;
    }

    /** What waits, as a short packet (before a key press takes the place of audio); empty when nothing waits. */
    public Optional<byte[]> flush() {
        if (waiting.length == 0) {
            return Optional.empty();
        }
        byte[] rest = waiting;
        waiting = new byte[0];
        return Optional.of(rest);
    }

    /** Bytes waiting for a packet to fill. */
    public int waiting() {
        return waiting.length;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
