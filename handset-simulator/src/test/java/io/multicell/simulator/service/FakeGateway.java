package io.multicell.simulator.service;

import io.multicell.proto.media.v1.VoiceFrame;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SIP gateway of one call with a far end that echoes (sipp -rtp_echo, and RFC 4733 events), as the bases see it:
 * it takes uplink frames from every base carrying the call, drops copies by sequence, and sends each frame (audio or
 * key) back with a downlink sequence of its own to every base carrying the call (both during a handover), which
 * relays it to the handset as a downlink VoiceDatagram.
 */
final class FakeGateway {

    private final String callId;
    private final String ipui;
    private final Set<FakeBase> carrying = new LinkedHashSet<>();
    private final Set<Long> uplinkSequences = new HashSet<>();
    private long uniqueAudioFrames;
    private final StringBuilder keys = new StringBuilder();
    private long downlinkSequence;
    /** Uplink frames (copies included) each base delivered. */
    final Map<FakeBase, AtomicLong> framesFrom = new ConcurrentHashMap<>();

    FakeGateway(String callId, String ipui) {
        this.callId = callId;
        this.ipui = ipui;
    }

    synchronized void carry(FakeBase base) {
        carrying.add(base);
    }

    synchronized void drop(FakeBase base) {
        carrying.remove(base);
    }

    long framesFrom(FakeBase base) {
        return framesFrom.computeIfAbsent(base, b -> new AtomicLong()).get();
    }

    /** Audio frames (not keys) received, copies dropped. */
    synchronized long uniqueUplinkFrames() {
        return uniqueAudioFrames;
    }

    /** DTMF events of the key frames received (copies dropped), as 0-9 * # A-D. */
    synchronized String keys() {
        return keys.toString();
    }

    synchronized void uplink(FakeBase from, VoiceFrame frame) {
        if (!frame.getCallId().equals(callId)) {
            return;
        }
        framesFrom.computeIfAbsent(from, b -> new AtomicLong()).incrementAndGet();
        if (!carrying.contains(from) || !uplinkSequences.add(frame.getSequence())) {
            return;
        }
        if (frame.getDtmfEvent() >= 0) {
            keys.append("0123456789*#ABCD".charAt(frame.getDtmfEvent()));
        } else {
            uniqueAudioFrames++;
        }
        var echo = VoiceFrame.newBuilder().setCallId(callId).setSequence(downlinkSequence++)
                .setCodec(frame.getCodec()).setPayload(frame.getPayload()).setDtmfEvent(frame.getDtmfEvent()).build();
        for (FakeBase base : carrying) {
            base.sendVoice(ipui, echo);
        }
    }
}
