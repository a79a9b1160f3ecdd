package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;

/** The base is known but its control stream is down, so it cannot take a command. */
public class BaseStationOfflineException extends RuntimeException {

    public BaseStationOfflineException(MacAddress mac) {
        super("base station " + mac + " is offline");
    }
}
