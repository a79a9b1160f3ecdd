package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;

/** The DM neither plans nor hears a base with this MAC. */
public class UnknownBaseStationException extends RuntimeException {

    public UnknownBaseStationException(MacAddress mac) {
        super("base station " + mac + " is neither planned nor connected");
    }
}
