package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;

/** A handset procedure (access rights or location request) relayed by the base it is locked to. */
public record HandsetRequest(MacAddress base, Ipui ipui, double rssiDbm, String model, String firmware) {

    public HandsetRequest {
        model = model == null ? "" : model;
        firmware = firmware == null ? "" : firmware;
    }
}
