package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;

/** A base carrying a call's bearer, and where the gateway relays voice to it (the base's gRPC server). */
public record Bearer(MacAddress base, String relayEndpoint) {
}
