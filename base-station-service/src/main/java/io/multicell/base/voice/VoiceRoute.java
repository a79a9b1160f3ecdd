package io.multicell.base.voice;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Where one call's voice goes at this base, as its bearer stands now: down to the air stream carrying the call (null
 * while the bearer is only reserved) and up to every relay leg of the gateway feeding it (two during a re-open).
 * Immutable: the air thread publishes a new one on every change, the voice thread reads it.
 */
public record VoiceRoute(VoiceTarget handset, List<InetSocketAddress> gateways) {

    public VoiceRoute {
        gateways = List.copyOf(gateways);
    }

    /** The datagram came from the handset's voice socket. */
    boolean fromHandset(InetSocketAddress source) {
        return handset != null && handset.address().equals(source);
    }

    /** The datagram came from the voice socket of a gateway leg of this call. */
    boolean fromGateway(InetSocketAddress source) {
        return gateways.contains(source);
    }
}
