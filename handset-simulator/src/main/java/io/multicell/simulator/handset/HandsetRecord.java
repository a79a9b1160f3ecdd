package io.multicell.simulator.handset;

import io.multicell.core.identity.Ipui;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.call.AnswerMode;
import java.util.Optional;

/**
 * A virtual handset as it survives a restart: what a real one keeps in flash.
 *
 * @param uak        the user authentication key from its last accepted registration; never logged
 * @param answerMode what it does when a call rings
 */
public record HandsetRecord(String id, Ipui ipui, String model, String firmware, FloorPosition position,
        Optional<byte[]> uak, AnswerMode answerMode) {

    public HandsetRecord {
        answerMode = answerMode == null ? AnswerMode.MANUAL : answerMode;
    }

    /** A handset that answers by hand (the default). */
    public HandsetRecord(String id, Ipui ipui, String model, String firmware, FloorPosition position,
            Optional<byte[]> uak) {
        this(id, ipui, model, firmware, position, uak, AnswerMode.MANUAL);
    }

    @Override
    public String toString() {
        return "HandsetRecord[id=" + id + ", ipui=" + ipui + ", model=" + model + ", firmware=" + firmware
                + ", position=" + position + ", registered=" + uak.isPresent() + ", answerMode=" + answerMode + "]";
    }
}
