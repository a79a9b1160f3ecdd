package io.multicell.integrator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.system.network.IpAddressAssignment;
import io.multicell.integrator.system.network.Ipv4Address;
import io.multicell.integrator.system.network.NetworkSettings;
import io.multicell.integrator.system.network.NetworkSettingsRequest;
import io.multicell.integrator.system.network.NetworkType;
import io.multicell.integrator.system.network.SubnetMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkSettingsTest {

    static NetworkSettings staticOffice(String ip, String mask, String gateway) {
        return new NetworkSettings("office", NetworkType.IPV4, IpAddressAssignment.STATIC, ip, mask, gateway, "", "", false, 1, 6);
    }

    @Test
    void aStaticAddressInsideItsGatewaysSubnetIsKeptInCanonicalForm() {
        NetworkSettings settings = staticOffice(" 192.168.2.10", "255.255.255.0", "192.168.2.1 ");
        assertThat(settings.ipAddress()).isEqualTo("192.168.2.10");
        assertThat(settings.standardGateway()).isEqualTo("192.168.2.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "a.b.c.d", "01.2.3.4", "1..3.4", "-1.2.3.4"})
    void anAddressThatIsNoDottedQuadIsRefusedUnderItsField(String text) {
        assertThatThrownBy(() -> Ipv4Address.parse("ipAddress", text)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("ipAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"255.0.255.0", "255.255.255.255", "0.0.0.0", "255.255.255.254", "0.255.255.255"})
    void aMaskThatIsNotContiguousOrLeavesNoHostsIsRefused(String mask) {
        assertThatThrownBy(() -> staticOffice("10.0.0.5", mask, "10.0.0.1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("subnetMask");
                    assertThat(e.rule()).contains("contiguous");
                });
    }

    @Test
    void contiguousMasksGiveTheirPrefixLength() {
        assertThat(SubnetMask.parse("m", "255.255.0.0").prefixLength()).isEqualTo(16);
        assertThat(SubnetMask.parse("m", "255.255.255.252").prefixLength()).isEqualTo(30);
        assertThat(SubnetMask.parse("m", "128.0.0.0").prefixLength()).isEqualTo(1);
    }

    @Test
    void aGatewayOutsideTheSubnetIsRefusedNamingTheSubnet() {
        assertThatThrownBy(() -> staticOffice("192.168.2.10", "255.255.255.0", "192.168.3.1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("standardGateway");
                    assertThat(e.rule()).contains("192.168.2.0/24");
                });
    }

    @Test
    void staticNeedsAddressMaskAndGatewayAndNoNetworkOrBroadcastAddress() {
        assertThatThrownBy(() -> staticOffice("", "255.255.255.0", "192.168.2.1")).extracting("field").isEqualTo("ipAddress");
        assertThatThrownBy(() -> staticOffice("192.168.2.10", "", "192.168.2.1")).extracting("field").isEqualTo("subnetMask");
        assertThatThrownBy(() -> staticOffice("192.168.2.10", "255.255.255.0", "")).extracting("field").isEqualTo("standardGateway");
        assertThatThrownBy(() -> staticOffice("192.168.2.255", "255.255.255.0", "192.168.2.1")).extracting("field").isEqualTo("ipAddress");
        assertThatThrownBy(() -> staticOffice("192.168.2.0", "255.255.255.0", "192.168.2.1")).extracting("field").isEqualTo("ipAddress");
        assertThatThrownBy(() -> staticOffice("192.168.2.1", "255.255.255.0", "192.168.2.1")).extracting("field").isEqualTo("standardGateway");
    }

    @Test
    void dynamicNeedsNoAddressButWhatIsKeptMustBeWellFormed() {
        NetworkSettings dynamic = NetworkSettings.dynamicDefaults();
        assertThat(dynamic.ipAddressType()).isEqualTo(IpAddressAssignment.DHCP);
        assertThat(new NetworkSettingsRequest(null, null, null, "10.1.1.1", null, "10.9.9.9", null, null, null, null, null)
                .applyTo(dynamic).ipAddress()).isEqualTo("10.1.1.1");
        assertThatThrownBy(() -> new NetworkSettingsRequest(null, null, null, "10.1.1", null, null, null, null, null, null, null)
                .applyTo(dynamic)).extracting("field").isEqualTo("ipAddress");
    }

    @Test
    void vlanIdentifierIs1To4094AndPriority0To7() {
        NetworkSettings current = NetworkSettings.dynamicDefaults();
        assertThat(current.vlanPriority()).as("the manual's default").isEqualTo(6);
        assertThatThrownBy(() -> new NetworkSettingsRequest(null, null, null, null, null, null, null, null, true, 5000, null)
                .applyTo(current)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("vlanIdentifier");
                    assertThat(e.rule()).isEqualTo("must be 1..4094");
                });
        assertThatThrownBy(() -> new NetworkSettingsRequest(null, null, null, null, null, null, null, null, null, 0, null)
                .applyTo(current)).extracting("field").isEqualTo("vlanIdentifier");
        assertThatThrownBy(() -> new NetworkSettingsRequest(null, null, null, null, null, null, null, null, null, null, 8)
                .applyTo(current)).extracting("field").isEqualTo("vlanPriority");
        assertThat(new NetworkSettingsRequest(null, null, null, null, null, null, null, null, true, 4094, 0).applyTo(current))
                .extracting(NetworkSettings::vlanTagging, NetworkSettings::vlanIdentifier, NetworkSettings::vlanPriority)
                .containsExactly(true, 4094, 0);
    }

    @Test
    void theManualsLabelsNameTheAddressTypeAndAWrongOneListsTheCodes() {
        NetworkSettings next = new NetworkSettingsRequest(null, null, "Static", "192.168.143.5", "255.255.0.0", "192.168.1.1",
                null, null, null, null, null).applyTo(NetworkSettings.dynamicDefaults());
        assertThat(next.ipAddressType()).isEqualTo(IpAddressAssignment.STATIC);
        assertThatThrownBy(() -> new NetworkSettingsRequest(null, null, "fixed", null, null, null, null, null, null, null, null)
                .applyTo(next)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.rule()).isEqualTo("must be one of DHCP, STATIC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-office", "office-", "my office", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "büro"})
    void theDeviceNameIsAHostName(String name) {
        assertThatThrownBy(() -> new NetworkSettingsRequest(name, null, null, null, null, null, null, null, null, null, null)
                .applyTo(NetworkSettings.dynamicDefaults())).extracting("field").isEqualTo("deviceName");
    }

    @Test
    void theStaticPresetIsTheManuals() {
        assertThat(NetworkSettings.staticDefaults()).extracting(NetworkSettings::ipAddress, NetworkSettings::subnetMask,
                NetworkSettings::standardGateway).containsExactly("192.168.143.1", "255.255.0.0", "192.168.1.1");
    }
}
