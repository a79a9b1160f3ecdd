package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;

/** When the access code is prefixed to numbers. */
public enum AccessCodeUse implements Labelled {
    NEVER("Never"),
    CALL_LISTS("For call lists"),
    ALWAYS("Always");

    private final String label;

    AccessCodeUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
