package io.multicell.sip.registration;

import java.util.Optional;

/**
 * The gateway's own SIP socket: where it listens and how its packets are marked.
 *
 * @param bindAddress address to bind (0.0.0.0: every interface)
 * @param port UDP port (the VoIP settings' SIP port unless multicell.sip.port overrides it)
 * @param sipDscp DiffServ code point of SIP packets (the manual's SIP ToS/DiffServ, 0..63)
 * @param advertisedHost host put in Via and Contact; empty: the bind address, or when that is a wildcard, the local
 *     address the system routes towards the server
 */
public record LocalEndpoint(String bindAddress, int port, int sipDscp, Optional<String> advertisedHost) {
}
