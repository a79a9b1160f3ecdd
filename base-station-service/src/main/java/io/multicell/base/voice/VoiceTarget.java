package io.multicell.base.voice;

import java.net.InetSocketAddress;
import java.util.Objects;

/** Where the base sends a handset's downlink voice: its voice socket and the token its stream registered there. */
public record VoiceTarget(InetSocketAddress address, long token) {

    public VoiceTarget {
        Objects.requireNonNull(address, "address");
    }
}
