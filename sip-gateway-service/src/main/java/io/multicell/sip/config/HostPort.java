package io.multicell.sip.config;

/** A SIP server address: host (IP address or FQDN) and UDP port. */
public record HostPort(String host, int port) {

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
