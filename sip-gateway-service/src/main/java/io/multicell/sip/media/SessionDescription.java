package io.multicell.sip.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The audio stream of an SDP body (RFC 4566) as calls need it: where the far end takes RTP (connection address of
 * the audio media or the session, media port), the payload types it offers in order with their encodings, and ptime.
 * Static payload types without an rtpmap line get their RFC 3551 encoding.
 *
 * @param encodings encoding name (upper case, e.g. "PCMA", "TELEPHONE-EVENT") per payload type
 * @param ptimeMs the a=ptime of the audio media, 0 when absent
 */
public record SessionDescription(String address, int port, List<Integer> payloadTypes, Map<Integer, String> encodings, int ptimeMs) {

    /** The payload type the gateway offers for RFC 2833/4733 telephone-event. */
    public static final int TELEPHONE_EVENT_PAYLOAD_TYPE = 101;
    static final String TELEPHONE_EVENT = "TELEPHONE-EVENT";

    public SessionDescription {
        payloadTypes = List.copyOf(payloadTypes);
        encodings = Map.copyOf(encodings);
    }

    /**
     * Parses an SDP body.
     *
     * @throws InvalidSdpException when it has no audio media, no connection address or a malformed m= line
     */
    public static SessionDescription parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidSdpException("no SDP body");
        }
        String sessionAddress = null;
        String mediaAddress = null;
        int port = -1;
        List<Integer> payloadTypes = new ArrayList<>();
        Map<Integer, String> encodings = new LinkedHashMap<>();
        int ptime = 0;
        boolean inAudio = false;
        boolean audioSeen = false;
        for (String raw : body.split("\r?\n")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            String value = line.substring(2);
            switch (line.charAt(0)) {
                case 'm' -> {
                    inAudio = false;
                    if (!audioSeen && value.startsWith("audio ")) {
                        String[] parts = value.split("\\s+");
                        if (parts.length < 4) {
                            throw new InvalidSdpException("malformed m= line: " + line);
                        }
                        try {
                            port = Integer.parseInt(parts[1].split("/")[0]);
                            for (int i = 3; i < parts.length; i++) {
                                payloadTypes.add(Integer.parseInt(parts[i]));
                            }
                        } catch (NumberFormatException e) {
                            throw new InvalidSdpException("malformed m= line: " + line);
                        }
                        inAudio = true;
                        audioSeen = true;
                    }
                }
                case 'c' -> {
                    String[] parts = value.split("\\s+");
                    if (parts.length >= 3) {
                        String address = parts[2].split("/")[0];
                        if (inAudio) {
                            mediaAddress = address;
                        } else if (!audioSeen) {
                            sessionAddress = address;
                        }
                    }
                }
                case 'a' -> {
                    if (!inAudio) {
                        continue;
                    }
                    if (value.startsWith("rtpmap:")) {
                        String[] parts = value.substring(7).split("\\s+", 2);
                        if (parts.length == 2) {
                            try {
                                encodings.put(Integer.parseInt(parts[0]), parts[1].split("/")[0].toUpperCase(Locale.ROOT));
                            } catch (NumberFormatException e) {
                                // an rtpmap we cannot read names no payload type we could use
                            }
                        }
                    } else if (value.startsWith("ptime:")) {
                        try {
                            ptime = Integer.parseInt(value.substring(6).strip());
                        } catch (NumberFormatException e) {
                            ptime = 0;
                        }
                    }
                }
                default -> {
                    // other lines do not matter for the audio stream
                }
            }
        }
        if (!audioSeen) {
            throw new InvalidSdpException("no audio media (m=audio)");
        }
        String address = mediaAddress != null ? mediaAddress : sessionAddress;
        if (address == null) {
            throw new InvalidSdpException("no connection address (c=) for the audio media");
        }
        for (int payloadType : payloadTypes) {
            if (!encodings.containsKey(payloadType)) {
                staticEncoding(payloadType).ifPresent(name -> encodings.put(payloadType, name));
            }
        }
        return new SessionDescription(address, port, payloadTypes, encodings, ptime);
    }

    /** The payload type this description uses for the codec, if it lists it. */
    public OptionalInt payloadTypeOf(VoiceCodec codec) {
        return payloadTypes.stream().filter(pt -> codec.encodingName().equals(encodings.get(pt))).mapToInt(Integer::intValue).findFirst();
    }

    /** The payload type of telephone-event, if listed. */
    public OptionalInt telephoneEventPayloadType() {
        return payloadTypes.stream().filter(pt -> TELEPHONE_EVENT.equals(encodings.get(pt))).mapToInt(Integer::intValue).findFirst();
    }

    /** Port 0 rejects the stream (RFC 3264). */
    public boolean rejected() {
        return port == 0;
    }

    private static Optional<String> staticEncoding(int payloadType) {
        return switch (payloadType) {
            case 0 -> Optional.of("PCMU");
            case 8 -> Optional.of("PCMA");
            case 9 -> Optional.of("G722");
            case 18 -> Optional.of("G729");
            default -> Optional.empty();
        };
    }

    /**
     * The gateway's offer: the codecs in order of preference, telephone-event as 101, ptime.
     *
     * @param sessionId origin session id (and version)
     */
    public static String offer(long sessionId, String address, int port, List<VoiceCodec> codecs, int ptimeMs) {
        return offer(sessionId, address, port, codecs, ptimeMs, true);
    }

    /** The gateway's offer, with telephone-event only when the profile's DTMF mode may use it. */
    public static String offer(long sessionId, String address, int port, List<VoiceCodec> codecs, int ptimeMs,
            boolean withTelephoneEvent) {
        var body = header(sessionId, address);
        var m = new StringBuilder("m=audio ").append(port).append(" RTP/AVP");
        codecs.forEach(codec -> m.append(' ').append(codec.staticPayloadType()));
        if (withTelephoneEvent) {
            m.append(' ').append(TELEPHONE_EVENT_PAYLOAD_TYPE);
        }
        body.append(m).append("\r\n");
        codecs.forEach(codec -> body.append("a=rtpmap:").append(codec.staticPayloadType()).append(' ')
                .append(codec.encodingName()).append("/8000\r\n"));
        if (withTelephoneEvent) {
            telephoneEvent(body, TELEPHONE_EVENT_PAYLOAD_TYPE);
        }
        return body.append("a=ptime:").append(ptimeMs).append("\r\na=sendrecv\r\n").toString();
    }

    /** The gateway's answer: the one codec chosen (with the offer's payload type) and telephone-event if offered. */
    public static String answer(long sessionId, String address, int port, NegotiatedCodec codec, OptionalInt telephoneEvent,
            int ptimeMs) {
        var body = header(sessionId, address);
        body.append("m=audio ").append(port).append(" RTP/AVP ").append(codec.payloadType());
        telephoneEvent.ifPresent(pt -> body.append(' ').append(pt));
        body.append("\r\na=rtpmap:").append(codec.payloadType()).append(' ').append(codec.codec().encodingName()).append("/8000\r\n");
        telephoneEvent.ifPresent(pt -> telephoneEvent(body, pt));
        return body.append("a=ptime:").append(ptimeMs).append("\r\na=sendrecv\r\n").toString();
    }

    private static StringBuilder header(long sessionId, String address) {
        return new StringBuilder("v=0\r\n")
                .append("o=multicell ").append(sessionId).append(' ').append(sessionId).append(" IN IP4 ").append(address).append("\r\n")
                .append("s=multicell call\r\n")
                .append("c=IN IP4 ").append(address).append("\r\n")
                .append("t=0 0\r\n");
    }

    private static void telephoneEvent(StringBuilder body, int payloadType) {
        body.append("a=rtpmap:").append(payloadType).append(" telephone-event/8000\r\n")
                .append("a=fmtp:").append(payloadType).append(" 0-15\r\n");
    }
}
