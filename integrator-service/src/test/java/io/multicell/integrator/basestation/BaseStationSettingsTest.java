package io.multicell.integrator.basestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.SyncSlave;
import org.junit.jupiter.api.Test;

class BaseStationSettingsTest {

    private static final MacAddress MAC = MacAddress.parse("7c2f80000002");

    private static BaseStationSettings settings(String name, Integer cluster, Integer level, String slave, Boolean lanMaster) {
        return new BaseStationSettings(name, null, null, null, null, cluster, level, slave, lanMaster, null, null);
    }

    @Test
    void confirmingWithoutSettingsTakesTheManualsDefaults() {
        ConfirmedBase base = BaseStationSettings.none().confirm(MAC, false, new FloorPosition(3, 4));

        assertThat(base.name()).isEqualTo("7C:2F:80:00:00:02");
        assertThat(base.activated()).isTrue();
        assertThat(base.ip()).isEqualTo(IpAddressing.dhcp());
        assertThat(base.sync().cluster()).isEqualTo(1);
        assertThat(base.sync().syncLevel()).isEqualTo(2);
        assertThat(base.sync().syncSlave()).isEqualTo(SyncSlave.DECT);
        assertThat(base.sync().lanMaster()).isFalse();
        assertThat(base.sync().syncMasterRedundancy()).isFalse();
        assertThat(base.reducedTxPower()).isFalse();
        assertThat(base.position()).isEqualTo(new FloorPosition(3, 4));
        assertThat(base.radio()).isNull();
    }

    @Test
    void theLocalBaseIsNamedLocalBS() {
        assertThat(BaseStationSettings.none().confirm(MAC, true, null).name()).isEqualTo("LocalBS");
        assertThat(settings("  ", null, null, null, null).confirm(MAC, true, null).name()).isEqualTo("LocalBS");
    }

    @Test
    void aSyncMasterHasNoSlaveFunction() {
        ConfirmedBase master = settings("Master", 3, 1, null, true).confirm(MAC, false, null);

        assertThat(master.sync().syncSlave()).isEqualTo(SyncSlave.NONE);
        assertThat(master.sync().lanMaster()).isTrue();
        assertThat(BaseStationView.of(master, null, "DM1").syncSlave()).isNull();
    }

    @Test
    void nameLongerThan32CharactersIsRejected() {
        assertThatThrownBy(() -> settings("x".repeat(33), null, null, null, null).confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(settings("x".repeat(32), null, null, null, null).confirm(MAC, false, null).name()).hasSize(32);
    }

    @Test
    void clusterOutside1To9IsRejected() {
        assertThatThrownBy(() -> settings(null, 10, null, null, null).confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cluster"));
        assertThatThrownBy(() -> settings(null, 0, null, null, null).confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cluster"));
    }

    @Test
    void lanMasterBelowLevel1IsRejected() {
        assertThatThrownBy(() -> settings(null, 1, 2, null, true).confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("lanMaster"));
    }

    @Test
    void unknownSyncSlaveOrIpAddressTypeIsRejected() {
        assertThatThrownBy(() -> settings(null, 1, 2, "AIR", null).confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("syncSlave"));
        var badType = new BaseStationSettings(null, "FIXED", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> badType.confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("ipAddressType"));
    }

    @Test
    void staticAddressingNeedsAValidIpv4Address() {
        var noAddress = new BaseStationSettings(null, "STATIC", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> noAddress.confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("staticIpAddress"));
        var badAddress = new BaseStationSettings(null, "static", "192.168.2.256", null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> badAddress.confirm(MAC, false, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("staticIpAddress"));
        var good = new BaseStationSettings(null, "static", " 192.168.2.10 ", null, null, null, null, null, null, null, null);
        assertThat(good.confirm(MAC, false, null).ip()).isEqualTo(new IpAddressing(IpAddressType.STATIC, "192.168.2.10"));
    }

    @Test
    void anEditKeepsEveryAbsentFieldAndTheRadioIdentity() {
        var radio = new RadioIdentity(new Rpn(1), new Rfpi(new Pari(0x1A2B3C4DL), new Rpn(1)));
        ConfirmedBase before = new BaseStationSettings("Hall", "STATIC", "10.0.0.5", false, new Position(1.0, 2.0), 4, 3, "LAN",
                false, false, true).confirm(MAC, false, null).withRadio(radio);

        ConfirmedBase after = settings("Lobby", null, null, null, null).applyTo(before);

        assertThat(after.name()).isEqualTo("Lobby");
        assertThat(after).isEqualTo(new ConfirmedBase(
                new io.multicell.core.sync.PlannedBase(MAC, "Lobby", false, before.sync(), before.position()),
                before.ip(), true, radio));
    }

    @Test
    void anEditWithOnlyOneCoordinateMovesAlongThatAxis() {
        ConfirmedBase before = BaseStationSettings.none().confirm(MAC, false, new FloorPosition(3, 4));

        ConfirmedBase after = BaseStationSettings.position(new Position(10.0, null)).applyTo(before);

        assertThat(after.position()).isEqualTo(new FloorPosition(10, 4));
    }

    @Test
    void movingToLevel1DropsTheSlaveFunctionAndLeavingItTakesDect() {
        ConfirmedBase slave = settings(null, 1, 2, "LAN", null).confirm(MAC, false, null);

        ConfirmedBase master = settings(null, null, 1, null, null).applyTo(slave);
        assertThat(master.sync().syncSlave()).isEqualTo(SyncSlave.NONE);

        ConfirmedBase backToSlave = settings(null, null, 3, null, null).applyTo(master);
        assertThat(backToSlave.sync().syncSlave()).isEqualTo(SyncSlave.DECT);

        ConfirmedBase stillLan = settings(null, null, 4, null, null).applyTo(slave);
        assertThat(stillLan.sync().syncSlave()).isEqualTo(SyncSlave.LAN);
    }

    @Test
    void anEmptyNameFallsBackToTheMacAddress() {
        ConfirmedBase named = settings("Hall", null, null, null, null).confirm(MAC, false, null);

        assertThat(settings("", null, null, null, null).applyTo(named).name()).isEqualTo(MAC.value());
    }
}
