package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;

/**
 * "Tone scheme" of the Tone selection: whose dialling, ring-back, busy and call waiting tones the handsets play.
 * Stored, validated, saved and restored; the SIP gateway does not generate tones yet, so it is not pushed.
 */
public enum ToneScheme implements Labelled {
    INTERNATIONAL("International (ITU-T)"),
    AUSTRALIA("Australia"),
    FRANCE("France"),
    GERMANY("Germany"),
    GREAT_BRITAIN("Great Britain"),
    ITALY("Italy"),
    NETHERLANDS("Netherlands"),
    SPAIN("Spain"),
    SWITZERLAND("Switzerland"),
    NORTH_AMERICA("North America");

    private final String label;

    ToneScheme(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
