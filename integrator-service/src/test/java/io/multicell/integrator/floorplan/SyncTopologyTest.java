package io.multicell.integrator.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.IpAddressType;
import io.multicell.integrator.basestation.IpAddressing;
import io.multicell.integrator.basestation.LiveState;
import io.multicell.integrator.dm.LiveBaseStation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTopologyTest {

    private static final MacAddress M1 = MacAddress.forInstance(1);
    private static final MacAddress M2 = MacAddress.forInstance(2);
    private static final MacAddress M3 = MacAddress.forInstance(3);
    private static final MacAddress M4 = MacAddress.forInstance(4);

    @Test
    void slavesHangUnderTheSourceTheDmReportsAndMastersAreNamedPerCluster() {
        var bases = List.of(
                base(M1, new SyncSettings(1, 1, SyncSlave.NONE, true, false)),
                base(M2, new SyncSettings(1, 2, SyncSlave.DECT, false, true)),
                base(M3, new SyncSettings(1, 3, SyncSlave.DECT, false, false)),
                base(M4, new SyncSettings(2, 1, SyncSlave.NONE, false, false)));
        // M3 hears M1 directly although its level puts it under M2: the live source wins.
        var live = LiveState.of("DM1", List.of(
                live(M1, BaseStationStatus.SYNC, "1", null),
                live(M2, BaseStationStatus.SYNC, "D", M1),
                live(M3, BaseStationStatus.SYNC, "D", M1)));

        List<ClusterTopology> clusters = SyncTopology.of(bases, live);

        assertThat(clusters).extracting(ClusterTopology::cluster).containsExactly(1, 2);
        ClusterTopology one = clusters.get(0);
        assertThat(one.lanMaster()).isEqualTo(M1.value());
        assertThat(one.redundancyMaster()).isEqualTo(M2.value());
        assertThat(one.roots()).singleElement().satisfies(master -> {
            assertThat(master.mac()).isEqualTo(M1.value());
            assertThat(master.children()).extracting(SyncNode::mac).containsExactly(M2.value(), M3.value());
            assertThat(master.children()).allSatisfy(c -> assertThat(c.liveSource()).isTrue());
        });
        assertThat(clusters.get(1).roots()).singleElement().satisfies(n -> assertThat(n.statusCode()).isEqualTo("OFFLINE"));
    }

    @Test
    void withoutALiveSourceABaseHangsOneLevelUpAsPlanned() {
        var bases = List.of(
                base(M1, new SyncSettings(1, 1, SyncSlave.NONE, false, false)),
                base(M2, new SyncSettings(1, 2, SyncSlave.DECT, false, false)),
                base(M3, new SyncSettings(1, 3, SyncSlave.DECT, false, false)));

        List<ClusterTopology> clusters = SyncTopology.of(bases, LiveState.unreachable(null));

        SyncNode master = clusters.get(0).roots().get(0);
        assertThat(master.mac()).isEqualTo(M1.value());
        SyncNode level2 = master.children().get(0);
        assertThat(level2.mac()).isEqualTo(M2.value());
        assertThat(level2.liveSource()).isFalse();
        assertThat(level2.children()).extracting(SyncNode::mac).containsExactly(M3.value());
    }

    @Test
    void sourcesPointingInACircleDoNotLoseTheBases() {
        var bases = List.of(
                base(M2, new SyncSettings(1, 2, SyncSlave.DECT, false, false)),
                base(M3, new SyncSettings(1, 2, SyncSlave.DECT, false, false)));
        var live = LiveState.of("DM1", List.of(
                live(M2, BaseStationStatus.SYNC, "D", M3),
                live(M3, BaseStationStatus.SYNC, "D", M2)));

        ClusterTopology cluster = SyncTopology.of(bases, live).get(0);

        assertThat(cluster.roots()).hasSize(1);
        SyncNode root = cluster.roots().get(0);
        assertThat(root.children()).extracting(SyncNode::mac).doesNotContain(root.mac()).hasSize(1);
    }

    private static ConfirmedBase base(MacAddress mac, SyncSettings sync) {
        return new ConfirmedBase(new PlannedBase(mac, "", true, sync, new FloorPosition(0, 0)),
                new IpAddressing(IpAddressType.DHCP, null), false, null);
    }

    private static LiveBaseStation live(MacAddress mac, BaseStationStatus status, String syncType, MacAddress source) {
        return new LiveBaseStation(mac, true, true, "2.54.0", "127.0.0.1", null, status, syncType, source, null, "Cluster 1",
                null, false, 1);
    }
}
