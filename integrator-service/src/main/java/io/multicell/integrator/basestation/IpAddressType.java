package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import java.util.Locale;

/** How a base gets its IP address: the manual's IP address type. */
public enum IpAddressType {
    DHCP,
    STATIC;

    /** Parses the API spelling (case-insensitive), reporting a wrong value under {@code field}. */
    public static IpAddressType parse(String field, String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(field, "must be DHCP or STATIC");
        }
    }
}
