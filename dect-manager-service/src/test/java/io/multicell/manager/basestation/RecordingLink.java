package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/** A control stream that remembers what the DM sent down it. */
final class RecordingLink implements ControlLink {

    final List<BaseCommand> sent = new ArrayList<>();
    boolean replaced;
    InvalidValueException rejected;

    @Override
    public void send(BaseCommand command) {
        sent.add(command);
    }

    @Override
    public void replaced() {
        replaced = true;
    }

    @Override
    public void reject(InvalidValueException violation) {
        rejected = violation;
    }

    List<Assignment> assignments() {
        return sent.stream().filter(BaseCommand.Assign.class::isInstance).map(c -> ((BaseCommand.Assign) c).assignment()).toList();
    }

    Assignment lastAssignment() {
        List<Assignment> all = assignments();
        return all.get(all.size() - 1);
    }
}
