package io.multicell.sip.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * One RTP packet (RFC 3550): version 2, no padding handling beyond skipping it, CSRCs and a header extension skipped.
 *
 * @param sequence 16 bits
 * @param timestamp 32 bits, unsigned
 * @param ssrc 32 bits, unsigned
 */
public record RtpPacket(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, byte[] payload) {

    static final int HEADER = 12;

    /** Reads a datagram; empty when it is not RTP version 2 or is cut short. */
    public static Optional<RtpPacket> parse(byte[] data, int length) {
        if (length < HEADER || (data[0] & 0xc0) != 0x80) {
            return Optional.empty();
        }
        boolean padding = (data[0] & 0x20) != 0;
        boolean extension = (data[0] & 0x10) != 0;
        int csrcs = data[0] & 0x0f;
        int offset = HEADER + 4 * csrcs;
        var buffer = ByteBuffer.wrap(data, 0, length);
        if (extension) {
            if (length < offset + 4) {
                return Optional.empty();
            }
            offset += 4 + 4 * (buffer.getShort(offset + 2) & 0xffff);
        }
        int end = length;
        if (padding && length > offset) {
            end -= data[length - 1] & 0xff;
        }
        if (end < offset) {
            return Optional.empty();
        }
        return Optional.of(new RtpPacket(data[1] & 0x7f, (data[1] & 0x80) != 0, buffer.getShort(2) & 0xffff,
                buffer.getInt(4) & 0xffffffffL, buffer.getInt(8) & 0xffffffffL, Arrays.copyOfRange(data, offset, end)));
    }

    public byte[] toBytes() {
        var buffer = ByteBuffer.allocate(HEADER + payload.length);
        buffer.put((byte) 0x80);
        buffer.put((byte) ((marker ? 0x80 : 0) | (payloadType & 0x7f)));
        buffer.putShort((short) sequence);
        buffer.putInt((int) timestamp);
        buffer.putInt((int) ssrc);
        buffer.put(payload);
        return buffer.array();
    }
}
