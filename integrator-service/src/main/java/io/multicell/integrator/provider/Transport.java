package io.multicell.integrator.provider;

import io.multicell.integrator.api.Labelled;

/** SIP transport protocol of a profile; it decides the default server ports (5060 UDP/TCP, 5061 TLS). */
public enum Transport implements Labelled {
    UDP,
    TCP,
    TLS;

    @Override
    public String label() {
        return name();
    }

    public int defaultPort() {
        return this == TLS ? 5061 : 5060;
    }
}
