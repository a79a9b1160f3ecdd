package io.multicell.sip.media;

import java.util.OptionalInt;

/**
 * Where the gateway binds the RTP/RTCP port pairs of its calls: an even RTP port in [min, max] and RTCP on the next
 * port, or any free pair the operating system gives when no range is set. A range is what a firewall, a NAT rule or a
 * container port mapping needs (deploy/ publishes MULTICELL_SIP_RTP_PORT_MIN/_MAX).
 *
 * @param min first RTP port (even), 0 when any
 * @param max last RTP port, 0 when any
 */
public record RtpPortRange(int min, int max) {

    /** Any free pair. */
    public static final RtpPortRange ANY = new RtpPortRange(0, 0);

    public RtpPortRange {
        if (min != 0 || max != 0) {
            if (min < 1024 || min > 65532 || min % 2 != 0) {
                throw new IllegalArgumentException("multicell.sip.rtp-port-min: must be an even port 1024..65532, was " + min);
            }
            if (max < min + 1 || max > 65535) {
                throw new IllegalArgumentException("multicell.sip.rtp-port-max: must be " + (min + 1) + "..65535, was " + max);
            }
        }
    }

    /** From the two optional settings: both or neither. */
    public static RtpPortRange of(OptionalInt min, OptionalInt max) {
        if (min.isEmpty() && max.isEmpty()) {
            return ANY;
        }
        if (min.isEmpty() || max.isEmpty()) {
            throw new IllegalArgumentException("multicell.sip.rtp-port-min and -max: set both or neither");
        }
        return new RtpPortRange(min.getAsInt(), max.getAsInt());
    }

    public boolean isAny() {
        return min == 0 && max == 0;
    }

    /** RTP ports of the range (even ones whose RTCP port is also inside), in order. */
    int pairs() {
        return isAny() ? 0 : (max - min + 1) / 2;
    }

    /** The {@code index}-th RTP port of the range. */
    int rtpPort(int index) {
        return min + 2 * index;
    }
}
