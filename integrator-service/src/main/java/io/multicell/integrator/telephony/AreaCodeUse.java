package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;

/** "Use area code": when the local area code is prefixed to the number dialled. */
public enum AreaCodeUse implements Labelled {
    NEVER("No (never)"),
    LOCAL("For local calls"),
    LOCAL_AND_NATIONAL("For local and national calls");

    private final String label;

    AreaCodeUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
