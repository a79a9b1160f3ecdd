package io.multicell.simulator.api;

import io.multicell.simulator.call.CallSnapshot;
import io.multicell.simulator.call.MediaCounters;
import java.util.List;

/**
 * A handset's current (or last) call as GET /api/v1/handsets/{id}/calls/current shows it.
 *
 * @param direction     INCOMING or OUTGOING
 * @param state         DIALLING, PROCEEDING, RINGBACK, RINGING, CONNECTED or RELEASED
 * @param remoteNumber  dialled number, or the calling number of an incoming call ("" when the network sent none)
 * @param codec         PCMA, PCMU or G722
 * @param answered      an incoming call was answered on the handset
 * @param bearerBases   MACs of the bases carrying the call now (two during a handover, none once released)
 * @param handovers     handovers completed
 * @param releaseCause  null while in progress; NORMAL, BUSY, UNREACHABLE, DECLINED, NO_ANSWER, CANCELLED, NO_CHANNEL,
 *                      LINK_LOST, NETWORK_FAILURE or UNSPECIFIED
 * @param sipStatus     the far end's SIP status when it caused the release, else 0
 * @param releaseReason for a person
 * @param keysSent      keys pressed in the call (POST .../calls/current/keys), in order
 * @param keysReceived  DTMF digits the far end sent, in order
 */
public record CallResponse(
        String callId,
        String direction,
        String state,
        String remoteNumber,
        String remoteName,
        String codec,
        boolean answered,
        List<String> bearerBases,
        int handovers,
        String releaseCause,
        int sipStatus,
        String releaseReason,
        Media media,
        String keysSent,
        String keysReceived) {

    /** The voice counters; see {@link MediaCounters}. */
    public record Media(long framesSent, long framesReceived, long duplicatesDropped, long lost, long outOfOrder,
            long echoedFrames, long echoLost, long contentErrors) {
    }

    static CallResponse of(CallSnapshot c) {
        MediaCounters m = c.media();
        return new CallResponse(c.callId(), c.direction().name(), c.state().name(), c.remoteNumber(), c.remoteName(),
                c.codec().name(), c.answered(), c.bearerBases(), c.handovers(),
                c.releaseCause().map(Enum::name).orElse(null), c.sipStatus(), c.releaseReason(),
                new Media(m.framesSent(), m.framesReceived(), m.duplicatesDropped(), m.lost(), m.outOfOrder(),
                        m.echoedFrames(), m.echoLost(), m.contentErrors()), c.keysSent(), c.keysReceived());
    }
}
