package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** Call types that can get their own ringtone through an Alert-Info pattern (internal calls cannot be changed). */
public enum RingtoneCallType implements Labelled {
    EXTERNAL("External calls"),
    GROUP("Group calls"),
    DOOR("Door calls"),
    EMERGENCY("Emergency calls"),
    OPTIONAL_1("Optional 1"),
    OPTIONAL_2("Optional 2"),
    OPTIONAL_3("Optional 3");

    private final String label;

    RingtoneCallType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
