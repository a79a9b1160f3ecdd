package io.multicell.manager.basestation;

import io.multicell.core.InvalidValueException;
import java.util.regex.Pattern;

/** How a base gets its IP address: by DHCP, or a static IPv4 address the admin entered. */
public record IpAddressing(Type type, String staticAddress) {

    /** The manual's IP address type option. */
    public enum Type {
        DHCP,
        STATIC
    }

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    public IpAddressing {
        if (type == null) {
            type = Type.DHCP;
        }
        if (type == Type.STATIC) {
            String text = staticAddress == null ? "" : staticAddress.trim();
            if (!IPV4.matcher(text).matches()) {
                throw new InvalidValueException("staticIpAddress", "must be a valid IPv4 address (e.g. 192.168.1.20) when the IP address type is STATIC");
            }
            staticAddress = text;
        } else {
            // A static address left over from an earlier STATIC setting means nothing with DHCP.
            staticAddress = "";
        }
    }

    public static IpAddressing dhcp() {
        return new IpAddressing(Type.DHCP, "");
    }
}
