package io.multicell.base.air;

/** One VoiceRelay stream as the gateway would see it: whether it was accepted, and how it ended. */
final class FakeRelayConnection implements RelayConnection {

    boolean accepted;
    /** null while open; "completed", or the gRPC status code and description it ended with. */
    String ended;

    @Override
    public void accepted() {
        if (ended == null) {
            accepted = true;
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
