package io.multicell.manager.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.sync.SyncSlave;
import io.multicell.manager.basestation.BaseStationPlan;
import io.multicell.manager.basestation.IpAddressing;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.manager.v1.IpAddressType;
import io.multicell.proto.manager.v1.SyncSlaveType;
import org.junit.jupiter.api.Test;

class ManagerMessagesTest {

    private static BaseStationConfig.Builder base(String mac, int level) {
        return BaseStationConfig.newBuilder()
                .setMac(mac)
                .setActivated(true)
                .setCluster(1)
                .setSyncLevel(level)
                .setSyncSlave(level == 1 ? SyncSlaveType.SYNC_SLAVE_NONE : SyncSlaveType.SYNC_SLAVE_DECT);
    }

    private static io.multicell.proto.manager.v1.BaseStationPlan plan(BaseStationConfig.Builder... bases) {
        var plan = io.multicell.proto.manager.v1.BaseStationPlan.newBuilder().setRevision(1);
        for (var b : bases) {
            plan.addBaseStations(b);
        }
        return plan.build();
    }

    private static void assertRejected(io.multicell.proto.manager.v1.BaseStationPlan plan, String description) {
        assertThatThrownBy(() -> ManagerMessages.plan(plan))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(description);
    }

    @Test
    void aValidPlanKeepsEveryField() {
        BaseStationPlan plan = ManagerMessages.plan(plan(
                base("7c:2f:80:00:00:01", 1).setName("Hall").setLanMaster(true)
                        .setIpAddressType(IpAddressType.STATIC).setStaticIpAddress("192.168.1.20")
                        .setPosition(FloorPosition.newBuilder().setX(3).setY(4)).setReducedTxPower(true),
                base("7C-2F-80-00-00-02", 2).setSyncMasterRedundancy(true)));

        var first = plan.bases().get(0);
        assertThat(first.mac().value()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(first.name()).isEqualTo("Hall");
        assertThat(first.sync().lanMaster()).isTrue();
        assertThat(first.ipAddressing()).isEqualTo(new IpAddressing(IpAddressing.Type.STATIC, "192.168.1.20"));
        assertThat(first.position().x()).isEqualTo(3);
        assertThat(first.reducedTxPower()).isTrue();
        var second = plan.bases().get(1);
        assertThat(second.sync().syncSlave()).isEqualTo(SyncSlave.DECT);
        assertThat(second.sync().syncMasterRedundancy()).isTrue();
        assertThat(second.ipAddressing().type()).isEqualTo(IpAddressing.Type.DHCP);
    }

    @Test
    void twoLevelOneBasesInOneClusterAreRejectedUnderTheSecond() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1), base("7C:2F:80:00:00:02", 1)),
                "baseStations[7C:2F:80:00:00:02].syncLevel: DECT level 1 may appear only once in each cluster:"
                        + " cluster 1 already has 7C:2F:80:00:00:01 on level 1");
    }

    @Test
    void clusterTenIsRejected() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1).setCluster(10)), "baseStations[7C:2F:80:00:00:01].cluster: must be 1..9");
    }

    @Test
    void aLanMasterBelowLevelOneIsRejected() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 2).setLanMaster(true)),
                "baseStations[7C:2F:80:00:00:01].lanMaster: the LAN master can only be configured on DECT level 1");
    }

    @Test
    void aNameOfThirtyThreeCharactersIsRejected() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1).setName("x".repeat(33))),
                "baseStations[7C:2F:80:00:00:01].name: must be at most 32 characters");
    }

    @Test
    void aStaticAddressMustBeIpv4() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1).setIpAddressType(IpAddressType.STATIC).setStaticIpAddress("192.168.1.256")),
                "baseStations[7C:2F:80:00:00:01].staticIpAddress: must be a valid IPv4 address (e.g. 192.168.1.20)"
                        + " when the IP address type is STATIC");
    }

    @Test
    void aBadMacIsReportedByItsIndex() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1), base("not-a-mac", 2)),
                "baseStations[1].mac: must be 12 hex digits, e.g. 7C:2F:80:00:00:01");
    }

    @Test
    void aMacListedTwiceIsRejected() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 1), base("7c2f80000001", 2)),
                "baseStations[7C:2F:80:00:00:01].mac: base 7C:2F:80:00:00:01 is listed twice");
    }

    @Test
    void aSlaveWithoutSlaveTypeIsRejected() {
        assertRejected(plan(base("7C:2F:80:00:00:01", 2).setSyncSlave(SyncSlaveType.SYNC_SLAVE_NONE)),
                "baseStations[7C:2F:80:00:00:01].syncSlave: must be DECT or LAN below level 1");
    }

    @Test
    void revisionZeroIsRejected() {
        assertRejected(io.multicell.proto.manager.v1.BaseStationPlan.newBuilder().build(), "revision: must be at least 1");
    }
}
