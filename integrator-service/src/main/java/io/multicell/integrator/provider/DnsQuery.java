package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** "Redundancy - DNS query": how servers are looked up when the domain is an FQDN. */
public enum DnsQuery implements Labelled {
    A("A"),
    SRV_A("SRV + A"),
    NAPTR("NAPTR + SRV + A");

    private final String label;

    DnsQuery(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
