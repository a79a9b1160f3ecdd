package io.multicell.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncResolverTest {

    private static final MacAddress B1 = MacAddress.forInstance(1);
    private static final MacAddress B2 = MacAddress.forInstance(2);
    private static final MacAddress B3 = MacAddress.forInstance(3);

    private final SyncResolver resolver = new SyncResolver(new RadioModel(RadioParameters.office()));

    private static SyncCandidate base(MacAddress mac, int cluster, int level, SyncSlave slave, boolean lanMaster,
                                      boolean redundancy, double x, boolean online) {
        return new SyncCandidate(new PlannedBase(mac, null, true,
                new SyncSettings(cluster, level, slave, lanMaster, redundancy), new FloorPosition(x, 0)), online);
    }

    @Test
    void dectSlavesInRangeOfTheMasterReachSync() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, false, false, 0, true),
                base(B2, 1, 2, SyncSlave.DECT, false, false, 20, true),
                base(B3, 1, 2, SyncSlave.DECT, false, false, -20, true)));
        assertThat(out.get(B1).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(out.get(B1).syncType()).isEqualTo("1");
        assertThat(out.get(B2).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(out.get(B2).source()).contains(B1);
        assertThat(out.get(B2).reference("DM1")).isEqualTo("Cluster 1");
    }

    @Test
    void slaveOutOfRangeOfEveryBetterLevelStaysNoSync() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, false, false, 0, true),
                base(B3, 1, 2, SyncSlave.DECT, false, false, 200, true)));
        assertThat(out.get(B3).status()).isEqualTo(BaseStationStatus.NO_SYNC);
    }

    @Test
    void slaveChoosesTheStrongestBetterLevelBase() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, false, false, 0, true),
                base(B2, 1, 2, SyncSlave.DECT, false, false, 30, true),
                base(B3, 1, 3, SyncSlave.DECT, false, false, 40, true)));
        assertThat(out.get(B3).source()).contains(B2);
    }

    @Test
    void neverSynchronisesAcrossClusters() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, false, false, 0, true),
                base(B2, 2, 2, SyncSlave.DECT, false, false, 5, true)));
        assertThat(out.get(B2).status()).isEqualTo(BaseStationStatus.NO_SYNC);
    }

    @Test
    void lanSlaveFollowsTheLanMasterRegardlessOfDistance() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, true, false, 0, true),
                base(B2, 1, 2, SyncSlave.LAN, false, false, 500, true)));
        assertThat(out.get(B2).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(out.get(B2).syncType()).isEqualTo("L");
        assertThat(out.get(B2).reference("DM1")).isEqualTo("DM1");
    }

    @Test
    void redundancyMasterTakesOverWhenTheMasterIsOffline() {
        Map<MacAddress, SyncOutcome> out = resolver.resolve(List.of(
                base(B1, 1, 1, SyncSlave.NONE, false, false, 0, false),
                base(B2, 1, 2, SyncSlave.DECT, false, true, 20, true),
                base(B3, 1, 2, SyncSlave.DECT, false, false, 30, true)));
        assertThat(out.get(B1).status()).isEqualTo(BaseStationStatus.OFFLINE);
        assertThat(out.get(B2).effectiveLevel()).isEqualTo(1);
        assertThat(out.get(B3).source()).contains(B2);
    }

    @Test
    void secondLevelOneInAClusterIsRejected() {
        var a = new PlannedBase(B1, "a", true, new SyncSettings(1, 1, null, false, false), null);
        var b = new PlannedBase(B2, "b", true, new SyncSettings(1, 1, null, false, false), null);
        assertThatThrownBy(() -> SyncPlanRules.validate(List.of(a, b)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("level 1 may appear only once");
    }

    @Test
    void settingsOutsideTheManualsRulesAreRejected() {
        assertThatThrownBy(() -> new SyncSettings(10, 1, null, false, false)).hasMessageContaining("cluster");
        assertThatThrownBy(() -> new SyncSettings(1, 2, SyncSlave.DECT, true, false)).hasMessageContaining("LAN master");
        assertThatThrownBy(() -> new PlannedBase(B1, "x".repeat(33), true, SyncSettings.defaults(), null))
                .hasMessageContaining("32");
    }
}
