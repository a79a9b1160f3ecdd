package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;

/** No registered handset has this IPUI. */
public class UnknownHandsetException extends RuntimeException {

    public UnknownHandsetException(Ipui ipui) {
        super("handset " + ipui + " is not registered");
    }
}
