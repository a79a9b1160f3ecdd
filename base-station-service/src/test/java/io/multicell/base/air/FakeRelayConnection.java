package io.multicell.base.air;

import io.multicell.base.call.VoiceFrame;
import java.util.ArrayList;
import java.util.List;

/** One VoiceRelay stream as the gateway would see it: every uplink frame, and how the stream ended. */
final class FakeRelayConnection implements RelayConnection {

    final List<VoiceFrame> received = new ArrayList<>();
    /** null while open; "completed", or the gRPC status code and description it ended with. */
    String ended;

    @Override
    public void send(VoiceFrame frame) {
        if (ended == null) {
            received.add(frame);
        }
    }

    @Override
    public void complete() {
        end("completed");
    }

    @Override
    public void notFound(String description) {
        end("NOT_FOUND " + description);
    }

    @Override
    public void rejectInvalid(String field, String rule) {
        end("INVALID_ARGUMENT " + field + ": " + rule);
    }

    @Override
    public void abort(String description) {
        end("UNAVAILABLE " + description);
    }

    private void end(String how) {
        if (ended == null) {
            ended = how;
        }
    }
}
