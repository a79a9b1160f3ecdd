package io.multicell.simulator.call;

/**
 * What a handset counted of its call's voice.
 *
 * @param framesSent        uplink frames generated (each sent on every bearer of the moment)
 * @param framesReceived    distinct downlink frames (by sequence)
 * @param duplicatesDropped downlink copies of a sequence already received: expected during a handover
 * @param lost              sequences missing between the lowest and the highest received
 * @param outOfOrder        frames that arrived after a higher sequence
 * @param echoedFrames      distinct indices of the handset's own frames that came back (a far end that echoes)
 * @param echoLost          indices missing between the first and the last echoed index
 * @param contentErrors     echoed frames whose payload is not what the signal makes for their index
 */
public record MediaCounters(long framesSent, long framesReceived, long duplicatesDropped, long lost, long outOfOrder,
        long echoedFrames, long echoLost, long contentErrors) {

    public static final MediaCounters NONE = new MediaCounters(0, 0, 0, 0, 0, 0, 0, 0);
}
