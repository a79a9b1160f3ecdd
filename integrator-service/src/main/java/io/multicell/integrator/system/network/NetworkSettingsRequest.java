package io.multicell.integrator.system.network;

import io.multicell.integrator.api.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The IP/LAN page as a request; absent fields keep their value, "" clears an address. */
@Schema(name = "NetworkSettingsRequest", description = "Fields of the IP/LAN settings; absent fields keep their value")
public record NetworkSettingsRequest(
        String deviceName,
        @Schema(enumeration = {"IPV4"}) String networkType,
        @Schema(enumeration = {"DHCP", "STATIC"}, description = "Also the manual's labels Dynamic / Static") String ipAddressType,
        String ipAddress,
        String subnetMask,
        String standardGateway,
        String preferredDns,
        String alternateDns,
        Boolean vlanTagging,
        Integer vlanIdentifier,
        Integer vlanPriority) {

    public NetworkSettings applyTo(NetworkSettings current) {
        return new NetworkSettings(
                or(deviceName, current.deviceName()),
                networkType == null ? current.networkType() : Labelled.parse(NetworkType.class, "networkType", networkType),
                ipAddressType == null ? current.ipAddressType() : Labelled.parse(IpAddressAssignment.class, "ipAddressType", ipAddressType),
                or(ipAddress, current.ipAddress()),
                or(subnetMask, current.subnetMask()),
                or(standardGateway, current.standardGateway()),
                or(preferredDns, current.preferredDns()),
                or(alternateDns, current.alternateDns()),
                or(vlanTagging, current.vlanTagging()),
                or(vlanIdentifier, current.vlanIdentifier()),
                or(vlanPriority, current.vlanPriority()));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
