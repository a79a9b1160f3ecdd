package io.multicell.simulator.api;

import java.util.List;

/** Request bodies of the handset API. Every field is nullable so that a missing one is named in the 400. */
public final class Requests {

    private Requests() {
    }

    /** A point of the floor plan in metres. */
    public record Position(Double x, Double y) {
    }

    /** POST /api/v1/handsets. */
    public record CreateHandset(String id, String ipui, Position position, String model, String firmware,
            String answerMode) {
    }

    /** POST /api/v1/handsets:batch: either {@code ipuis}, or {@code ipuiPrefix} and {@code count}. */
    public record CreateBatch(Integer count, String ipuiPrefix, List<String> ipuis, Position position,
            List<Position> positions, String idPrefix, String model, String firmware, String answerMode) {
    }

    /** POST /api/v1/handsets/{id}/registration. */
    public record Registration(String pin) {
    }

    /** POST /api/v1/handsets/{id}/walk. */
    public record WalkAlong(List<Position> path, Double speedMetresPerSecond) {
    }

    /** POST /api/v1/handsets/{id}/calls. */
    public record Dial(String number) {
    }

    /** PUT /api/v1/handsets/{id}/answer-mode. */
    public record AnswerModeChange(String mode) {
    }
}
