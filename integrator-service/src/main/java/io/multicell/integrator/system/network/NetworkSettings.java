package io.multicell.integrator.system.network;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.TextRules;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Settings > Network > IP/LAN": the device's LAN settings. In this software system they describe the integrator
 * host's DECT-side network as exported to the bases and to deployments; they are the configuration of record, not
 * applied to the host's operating system. Addresses are kept in their canonical dotted form; "" is "not configured".
 * With DHCP the static fields are kept (so switching back does not lose them) but need only be well formed.
 */
@Schema(name = "NetworkSettings")
public record NetworkSettings(
        @Schema(description = "Device name in the network (host name: 1-63 of a-z A-Z 0-9 -, not starting or ending with -)",
                examples = "multicell") String deviceName,
        @Schema(description = "Network type: only IPv4 is supported") NetworkType networkType,
        @Schema(description = "IP address type: DHCP (the manual's Dynamic) or STATIC") IpAddressAssignment ipAddressType,
        @Schema(description = "IP address (required with STATIC)", examples = "192.168.2.10") String ipAddress,
        @Schema(description = "Subnet mask, contiguous (required with STATIC)", examples = "255.255.255.0") String subnetMask,
        @Schema(description = "Standard gateway, inside the subnet (required with STATIC)", examples = "192.168.2.1") String standardGateway,
        @Schema(description = "Preferred DNS server; empty: none (no default)", examples = "192.168.2.1") String preferredDns,
        @Schema(description = "Alternate DNS server; empty: none") String alternateDns,
        @Schema(description = "VLAN tagging on/off") boolean vlanTagging,
        @Schema(description = "VLAN identifier 1..4094") int vlanIdentifier,
        @Schema(description = "VLAN priority 0 (lowest)..7 (highest), default 6") int vlanPriority) {

    public static final String DEFAULT_DEVICE_NAME = "multicell";
    /** The manual's "All in one - static IP" settings. */
    public static final String PRESET_STATIC_ADDRESS = "192.168.143.1";
    public static final String PRESET_STATIC_MASK = "255.255.0.0";
    public static final String PRESET_STATIC_GATEWAY = "192.168.1.1";

    private static final Pattern HOST_NAME = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

    public NetworkSettings {
        deviceName = deviceName == null ? "" : deviceName.strip();
        if (!HOST_NAME.matcher(deviceName).matches()) {
            throw new InvalidValueException("deviceName", "must be 1-63 characters of a-z A-Z 0-9 and -, not starting or ending with -");
        }
        if (networkType == null) {
            networkType = NetworkType.IPV4;
        }
        if (ipAddressType == null) {
            throw new InvalidValueException("ipAddressType", "must be one of DHCP, STATIC");
        }
        Ipv4Address ip = Ipv4Address.parseOptional("ipAddress", ipAddress);
        SubnetMask mask = blank(subnetMask) ? null : SubnetMask.parse("subnetMask", subnetMask);
        Ipv4Address gateway = Ipv4Address.parseOptional("standardGateway", standardGateway);
        Ipv4Address preferred = Ipv4Address.parseOptional("preferredDns", preferredDns);
        Ipv4Address alternate = Ipv4Address.parseOptional("alternateDns", alternateDns);
        if (ipAddressType == IpAddressAssignment.STATIC) {
            checkStatic(ip, mask, gateway);
        }
        ipAddress = text(ip);
        subnetMask = mask == null ? "" : mask.toString();
        standardGateway = text(gateway);
        preferredDns = text(preferred);
        alternateDns = text(alternate);
        TextRules.range("vlanIdentifier", vlanIdentifier, 1, 4094, "");
        TextRules.range("vlanPriority", vlanPriority, 0, 7, " (0 = lowest, 7 = highest)");
    }

    private static void checkStatic(Ipv4Address ip, SubnetMask mask, Ipv4Address gateway) {
        String required = "is required when the IP address type is Static";
        if (ip == null) {
            throw new InvalidValueException("ipAddress", required);
        }
        if (mask == null) {
            throw new InvalidValueException("subnetMask", required);
        }
        if (mask.isNetworkOrBroadcast(ip)) {
            throw new InvalidValueException("ipAddress", "must not be the network or broadcast address of subnet " + mask);
        }
        if (gateway == null) {
            throw new InvalidValueException("standardGateway", required);
        }
        if (!mask.sameSubnet(ip, gateway)) {
            throw new InvalidValueException("standardGateway", "must be inside the subnet of the IP address ("
                    + new Ipv4Address(ip.bits() & mask.address().bits()) + "/" + mask.prefixLength() + ")");
        }
        if (gateway.equals(ip)) {
            throw new InvalidValueException("standardGateway", "must differ from the device's IP address");
        }
        if (mask.isNetworkOrBroadcast(gateway)) {
            throw new InvalidValueException("standardGateway", "must not be the network or broadcast address of subnet " + mask);
        }
    }

    /** Factory setting of "All in one - dynamic IP": address from DHCP, no VLAN (priority 6). */
    public static NetworkSettings dynamicDefaults() {
        return new NetworkSettings(DEFAULT_DEVICE_NAME, NetworkType.IPV4, IpAddressAssignment.DHCP, "", "", "", "", "", false, 1, 6);
    }

    /** Factory setting of "All in one - static IP": the manual's 192.168.143.1 / 255.255.0.0, gateway 192.168.1.1. */
    public static NetworkSettings staticDefaults() {
        return new NetworkSettings(DEFAULT_DEVICE_NAME, NetworkType.IPV4, IpAddressAssignment.STATIC, PRESET_STATIC_ADDRESS,
                PRESET_STATIC_MASK, PRESET_STATIC_GATEWAY, "", "", false, 1, 6);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(Ipv4Address address) {
        return address == null ? "" : address.toString();
    }
}
