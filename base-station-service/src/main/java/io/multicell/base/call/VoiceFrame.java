package io.multicell.base.call;

import com.google.protobuf.ByteString;

/**
 * One packet of a call's voice, relayed unchanged between the gateway's relay stream and the handset's bearer stream.
 * The payload is an immutable {@link ByteString} so that the hot path never copies it.
 *
 * @param sequence   per call and direction, set by the sender (gateway downlink, handset uplink)
 * @param dtmfEvent  RFC 2833 event carried instead of audio, -1 or 0 when unset as the sender left it
 */
public record VoiceFrame(String callId, long sequence, Codec codec, ByteString payload, int dtmfEvent) {
}
