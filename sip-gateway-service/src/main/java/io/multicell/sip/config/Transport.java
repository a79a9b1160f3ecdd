package io.multicell.sip.config;

/** SIP transport of a provider profile, with the manual's default server port. */
public enum Transport {
    UDP(5060),
    TCP(5060),
    TLS(5061);

    private final int defaultPort;

    Transport(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** Port of a server whose port is left empty: 5060 for UDP/TCP, 5061 for TLS. */
    public int defaultPort() {
        return defaultPort;
    }
}
