package io.multicell.simulator.service;

import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.media.v1.VoiceFrame;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SIP gateway of one call with a far end that echoes (sipp -rtp_echo), as the bases see it: it takes uplink
 * frames from every base carrying the call, drops copies by sequence, and sends each frame back with a downlink
 * sequence of its own to every base carrying the call (both during a handover).
 */
final class FakeGateway {

    private final String callId;
    private final String ipui;
    private final Set<FakeBase> carrying = new LinkedHashSet<>();
    private final Set<Long> uplinkSequences = new HashSet<>();
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

    synchronized long uniqueUplinkFrames() {
        return uplinkSequences.size();
    }

    synchronized void uplink(FakeBase from, HandsetUplink message) {
        var frame = message.getVoiceFrame();
        if (!frame.getCallId().equals(callId)) {
            return;
        }
        framesFrom.computeIfAbsent(from, b -> new AtomicLong()).incrementAndGet();
        if (!carrying.contains(from) || !uplinkSequences.add(frame.getSequence())) {
            return;
        }
        var echo = HandsetDownlink.newBuilder().setVoiceFrame(VoiceFrame.newBuilder().setCallId(callId)
                .setSequence(downlinkSequence++).setCodec(frame.getCodec()).setPayload(frame.getPayload())).build();
        for (FakeBase base : carrying) {
            base.send(ipui, echo);
        }
    }
}
