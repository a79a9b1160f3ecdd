package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;

/**
 * "Country" of the Area codes: choosing one enters its international prefix, country code and national (local) prefix,
 * as the manual says; Other leaves them as they are. The local area code is the site's and is never filled in.
 */
public enum Country implements Labelled {
    OTHER("Other", null, null, null),
    AUSTRALIA("Australia", "0011", "61", "0"),
    AUSTRIA("Austria", "00", "43", "0"),
    BELGIUM("Belgium", "00", "32", "0"),
    FRANCE("France", "00", "33", "0"),
    GERMANY("Germany", "00", "49", "0"),
    GREAT_BRITAIN("Great Britain", "00", "44", "0"),
    ITALY("Italy", "00", "39", ""),
    NETHERLANDS("Netherlands", "00", "31", "0"),
    POLAND("Poland", "00", "48", ""),
    SPAIN("Spain", "00", "34", ""),
    SWEDEN("Sweden", "00", "46", "0"),
    SWITZERLAND("Switzerland", "00", "41", "0"),
    UNITED_STATES("United States / Canada", "011", "1", "1");

    private final String label;
    private final String internationalPrefix;
    private final String countryCode;
    private final String nationalPrefix;

    Country(String label, String internationalPrefix, String countryCode, String nationalPrefix) {
        this.label = label;
        this.internationalPrefix = internationalPrefix;
        this.countryCode = countryCode;
        this.nationalPrefix = nationalPrefix;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether choosing it fills in the prefixes (every country but Other). */
    public boolean fillsPrefixes() {
        return internationalPrefix != null;
    }

    public String internationalPrefix() {
        return internationalPrefix;
    }

    /** The international area code of the manual ("Great Britain": 44). */
    public String countryCode() {
        return countryCode;
    }

    /** The prefix of the local area code for national calls ("Great Britain": 0). */
    public String nationalPrefix() {
        return nationalPrefix;
    }
}
