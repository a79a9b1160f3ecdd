package io.multicell.integrator.setup;

import io.multicell.integrator.api.Labelled;

/** "DECT Radio band": the frequency range the system may use in its region (Settings > DECT settings). */
public enum DectRadioBand implements Labelled {
    EUROPE("1880 - 1900 MHz (Europe)"),
    US("1920 - 1930 MHz (US, Canada)"),
    BRAZIL("1910 - 1920 MHz (Brazil)"),
    LATIN_AMERICA("1910 - 1930 MHz (Latin America)"),
    TAIWAN("1880 - 1895 MHz (Taiwan)");

    private final String label;

    DectRadioBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
