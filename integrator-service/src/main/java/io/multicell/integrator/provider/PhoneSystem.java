package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/**
 * "Phone system": the type of PBX behind a provider or PBX profile (the manual's option menu; its list is the vendor's,
 * this one names the platforms the system is run against). Stored, exported and shown; it changes no SIP behaviour yet.
 */
public enum PhoneSystem implements Labelled {
    OTHER("Other / generic SIP"),
    ASTERISK("Asterisk"),
    FREESWITCH("FreeSWITCH"),
    KAMAILIO("Kamailio / OpenSIPS"),
    THREE_CX("3CX"),
    BROADWORKS("Cisco BroadWorks (BroadSoft)");

    private final String label;

    PhoneSystem(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
