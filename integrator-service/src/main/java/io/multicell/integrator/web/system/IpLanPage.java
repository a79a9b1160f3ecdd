package io.multicell.integrator.web.system;

import io.multicell.integrator.security.Roles;
import io.multicell.integrator.system.network.IpAddressAssignment;
import io.multicell.integrator.system.network.NetworkConfiguration;
import io.multicell.integrator.system.network.NetworkSettingsRequest;
import io.multicell.integrator.system.network.NetworkType;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.form.Choice;
import io.multicell.integrator.web.form.FormDefinition;
import io.multicell.integrator.web.form.SettingsForms;
import io.multicell.integrator.web.form.SettingsPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.stream.IntStream;

/** "Settings > Network > IP/LAN" (admin only): saved like PUT /api/v1/network/ip-lan; stored, not applied to the host. */
@Path(Menu.NETWORK_IP_LAN)
@RolesAllowed(Roles.ADMIN)
public class IpLanPage extends SettingsPage<NetworkSettingsRequest> {

    static final List<Choice> VLAN_PRIORITIES = IntStream.rangeClosed(0, 7)
            .mapToObj(p -> new Choice(Integer.toString(p), p + (p == 0 ? " (lowest)" : p == 7 ? " (highest)" : p == 6 ? " (default)" : "")))
            .toList();

    static final FormDefinition FORM = FormDefinition.builder("ipLan", Menu.NETWORK_IP_LAN)
            .section("device")
            .text("deviceName")
            .section("address")
            .select("networkType", NetworkType.class)
            .select("ipAddressType", IpAddressAssignment.class)
            .text("ipAddress")
            .text("subnetMask")
            .text("standardGateway")
            .text("preferredDns")
            .text("alternateDns")
            .section("vlan")
            .checkbox("vlanTagging")
            .number("vlanIdentifier", null)
            .select("vlanPriority", VLAN_PRIORITIES)
            .build();

    public IpLanPage(SettingsForms forms, NetworkConfiguration configuration) {
        super(forms, FORM, configuration::current, NetworkSettingsRequest.class, configuration::update);
    }
}
