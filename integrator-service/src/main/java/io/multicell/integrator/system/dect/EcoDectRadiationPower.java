package io.multicell.integrator.system.dect;

import io.multicell.integrator.api.Labelled;

/** The manual's ECO DECT "DECT Radiation power". */
public enum EcoDectRadiationPower implements Labelled {
    /** Default: the best connection; in idle only the base keeps contact, in a call the power adapts to the distance. */
    MAXIMUM_RANGE("Maximum range"),
    /** Radiation reduced by up to 80 %, and the range with it. */
    LIMITED_RANGE("Limited range");

    private final String label;

    EcoDectRadiationPower(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
