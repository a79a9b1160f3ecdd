package io.multicell.sip.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * RFC 4733 (formerly RFC 2833) DTMF events and the application/dtmf-relay body of SIP INFO: the event numbers
 * 0..15 are the keys 0-9, *, #, A-D.
 */
public final class TelephoneEvents {

    /** Length of an event payload: event, E/R/volume, duration (16 bits). */
    public static final int PAYLOAD = 4;
    private static final String KEYS = "0123456789*#ABCD";
    /** Volume -10 dBm0, as phones send it. */
    private static final int VOLUME = 10;
    /** Timestamp units per packet of an event (20 ms at 8 kHz). */
    static final int PACKET_DURATION = 160;
    /** How long a key press lasts in the events the gateway sends: 100 ms. */
    static final int KEY_PRESS_DURATION = 800;
    /** RFC 4733 2.5.1.4: the end packet is sent three times. */
    static final int END_COPIES = 3;

    private TelephoneEvents() {
    }

    /** The key of an event number ('0'..'9', '*', '#', 'A'..'D'). */
    public static char key(int event) {
        if (event < 0 || event >= KEYS.length()) {
            throw new IllegalArgumentException("no DTMF event " + event);
        }
        return KEYS.charAt(event);
    }

    /** The event number of a key, if it is one of 0-9 * # A-D. */
    public static OptionalInt event(char key) {
        int event = KEYS.indexOf(Character.toUpperCase(key));
        return event < 0 ? OptionalInt.empty() : OptionalInt.of(event);
    }

    /** One event payload. */
    static byte[] payload(int event, boolean end, int duration) {
        return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | VOLUME), (byte) (duration >> 8), (byte) duration};
    }

    /**
     * The payloads of one key press, all for one RTP timestamp: the start (with the marker bit), one update, and the
     * end three times.
     */
    static List<byte[]> keyPress(int event) {
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(payload(event, false, PACKET_DURATION));
        payloads.add(payload(event, false, 2 * PACKET_DURATION));
        for (int i = 0; i < END_COPIES; i++) {
            payloads.add(payload(event, true, KEY_PRESS_DURATION));
        }
        return payloads;
    }

    /** The body of an INFO for a key press (application/dtmf-relay, as Cisco and most PBXes read it). */
    public static String dtmfRelay(int event) {
        return "Signal=" + key(event) + "\r\nDuration=" + KEY_PRESS_DURATION / 8 + "\r\n";
    }

    /** The event of an application/dtmf-relay body ("Signal=5", also "Signal= 5"); empty when it names no key. */
    public static OptionalInt parseDtmfRelay(String body) {
        for (String line : body.split("\r?\n")) {
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(0, equals).strip().equalsIgnoreCase("Signal")) {
                String value = line.substring(equals + 1).strip();
                if (value.length() == 1) {
                    return event(value.charAt(0));
                }
                if (value.matches("1[0-5]")) {
                    return OptionalInt.of(Integer.parseInt(value)); // some PBXes send the event number
                }
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Turns the far end's event packets into key presses: one per event (the packets of an event share their RTP
     * timestamp; start, updates and the repeated end are one key), reported at its first packet.
     */
    static final class Receiver {
        private long lastTimestamp = -1;
        private int lastEvent = -1;

        /** The event this packet starts, or empty for an event already reported (or a malformed payload). */
        Optional<Integer> keyOf(RtpPacket packet) {
            if (packet.payload().length < PAYLOAD) {
                return Optional.empty();
            }
            int event = packet.payload()[0] & 0xff;
            if (event > 15) {
                return Optional.empty(); // a tone or flash, not a key
            }
            if (packet.timestamp() == lastTimestamp && event == lastEvent) {
                return Optional.empty();
            }
            lastTimestamp = packet.timestamp();
            lastEvent = event;
            return Optional.of(event);
        }
    }
}
