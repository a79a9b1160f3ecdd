package io.multicell.base.air;

import java.util.ArrayList;
import java.util.List;

/** One air stream as the handset would see it: every downlink, and how the stream ended. */
final class FakeHandsetConnection implements HandsetConnection {

    final List<Downlink> received = new ArrayList<>();
    /** null while open; "completed", or the gRPC status code and description it ended with. */
    String ended;

    @Override
    public void send(Downlink message) {
        if (ended == null) {
            received.add(message);
        }
    }

    @Override
    public void complete() {
        end("completed");
    }

    @Override
    public void rejectInvalid(String field, String rule) {
        end("INVALID_ARGUMENT " + field + ": " + rule);
    }

    @Override
    public void rejectOutOfOrder(String description) {
        end("FAILED_PRECONDITION " + description);
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

    Downlink last() {
        return received.get(received.size() - 1);
    }
}
