package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import java.util.regex.Pattern;

/**
 * IP address type of a base and its static address. A static address is kept while the type is DHCP so that
 * switching back does not lose it, but it must always be a valid IPv4 address, and STATIC needs one.
 */
public record IpAddressing(IpAddressType type, String staticAddress) {

    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public IpAddressing {
        if (type == null) {
            type = IpAddressType.DHCP;
        }
        if (staticAddress != null) {
            staticAddress = staticAddress.trim();
            if (staticAddress.isEmpty()) {
                staticAddress = null;
            }
        }
        if (staticAddress != null && !IPV4.matcher(staticAddress).matches()) {
            throw new InvalidValueException("staticIpAddress", "must be an IPv4 address, e.g. 192.168.2.10");
        }
        if (type == IpAddressType.STATIC && staticAddress == null) {
            throw new InvalidValueException("staticIpAddress", "is required when the IP address type is STATIC");
        }
    }

    public static IpAddressing dhcp() {
        return new IpAddressing(IpAddressType.DHCP, null);
    }
}
