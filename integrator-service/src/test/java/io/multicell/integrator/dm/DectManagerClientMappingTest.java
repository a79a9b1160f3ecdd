package io.multicell.integrator.dm;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.multicell.core.InvalidValueException;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.basestation.BaseStationSettings;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.core.identity.MacAddress;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.CallView;
import io.multicell.proto.manager.v1.IpAddressType;
import io.multicell.proto.manager.v1.SyncSlaveType;
import org.junit.jupiter.api.Test;

class DectManagerClientMappingTest {

    @Test
    void invalidArgumentNamesTheFieldEvenWhenItContainsAMac() {
        InvalidValueException e = DectManagerClient.invalidArgument("plan",
                "baseStations[7C:2F:80:00:00:01].syncLevel: DECT level 1 may appear only once in each cluster");

        assertThat(e.field()).isEqualTo("baseStations[7C:2F:80:00:00:01].syncLevel");
        assertThat(e.rule()).isEqualTo("DECT level 1 may appear only once in each cluster");
    }

    @Test
    void invalidArgumentWithoutAFieldIsBlamedOnTheCall() {
        InvalidValueException e = DectManagerClient.invalidArgument("plan", "RPN group 0 is full (64 bases)");

        assertThat(e.field()).isEqualTo("plan");
        assertThat(e.rule()).isEqualTo("RPN group 0 is full (64 bases)");
    }

    @Test
    void statusCodesMapToTheErrorTaxonomy() {
        assertThat(DectManagerClient.translate("m", "mac", Status.UNAVAILABLE.asRuntimeException()))
                .isInstanceOf(DectManagerUnreachableException.class);
        assertThat(DectManagerClient.translate("m", "mac", Status.DEADLINE_EXCEEDED.asRuntimeException()))
                .isInstanceOf(DectManagerUnreachableException.class);
        assertThat(DectManagerClient.translate("m", "mac", Status.NOT_FOUND.asRuntimeException()))
                .isInstanceOf(UnknownEntityException.class);
        assertThat(DectManagerClient.translate("m", "mac", Status.FAILED_PRECONDITION.withDescription("offline").asRuntimeException()))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.field()).isEqualTo("mac"));
        assertThat(DectManagerClient.translate("m", "mac", Status.INTERNAL.asRuntimeException()))
                .isInstanceOf(DectManagerFailedException.class);
    }

    @Test
    void aConfirmedBaseGoesDownAsTheWholeConfig() {
        ConfirmedBase base = new BaseStationSettings("Hall", "STATIC", "10.0.0.9", false, null, 2, 1, null, true, null, true)
                .confirm(MacAddress.parse("7c2f80000001"), false, new FloorPosition(1.5, -2));

        BaseStationConfig wire = DectManagerClient.toWire(base);

        assertThat(wire.getMac()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(wire.getName()).isEqualTo("Hall");
        assertThat(wire.getActivated()).isFalse();
        assertThat(wire.getIpAddressType()).isEqualTo(IpAddressType.STATIC);
        assertThat(wire.getStaticIpAddress()).isEqualTo("10.0.0.9");
        assertThat(wire.getCluster()).isEqualTo(2);
        assertThat(wire.getSyncLevel()).isEqualTo(1);
        assertThat(wire.getSyncSlave()).isEqualTo(SyncSlaveType.SYNC_SLAVE_NONE);
        assertThat(wire.getLanMaster()).isTrue();
        assertThat(wire.getReducedTxPower()).isTrue();
        assertThat(wire.getPosition().getX()).isEqualTo(1.5);
        assertThat(wire.getPosition().getY()).isEqualTo(-2);
    }

    @Test
    void liveStateComesUpAsDomainTypes() {
        var state = BaseStationState.newBuilder()
                .setMac("7c-2f-80-00-00-02").setAssigned(true).setOnline(true).setFirmware("2.54.0").setIpAddress("127.0.0.1")
                .setRpn(2).setRfpi("1A2B3C4D02").setStatus(io.multicell.proto.manager.v1.BaseStationStatus.NO_SYNC)
                .setSyncType("").setReference("")
                .setReportedPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(4).setY(5))
                .setLocal(true).setEffectiveSyncLevel(2)
                .build();

        LiveBaseStation live = DectManagerClient.fromWire(state);

        assertThat(live.mac().value()).isEqualTo("7C:2F:80:00:00:02");
        assertThat(live.radio().rpn().toString()).isEqualTo("02");
        assertThat(live.radio().rfpi().toString()).isEqualTo("1A2B3C4D02");
        assertThat(live.status()).isEqualTo(BaseStationStatus.NO_SYNC);
        assertThat(live.syncSourceMac()).isNull();
        assertThat(live.reportedPosition()).isEqualTo(new FloorPosition(4, 5));
        assertThat(live.local()).isTrue();
    }

    @Test
    void anUnstatedStatusIsShownAsOffline() {
        assertThat(DectManagerClient.fromWire(io.multicell.proto.manager.v1.BaseStationStatus.BASE_STATION_STATUS_UNSPECIFIED))
                .isEqualTo(BaseStationStatus.OFFLINE);
    }

    @Test
    void theStatisticsOfABaseComeUpWithEveryCounterInItsColumn() {
        var wire = BaseStatistics.newBuilder().setMac("7c:2f:80:00:00:01").setName("Hall").setCluster(2).setRpn(3).setSyncRpn(1)
                .setSyncLevel(2).setConn(10).setHoSetup(11).setHoRelease(12).setCallDrops(13).setAsync(14).setBusy(15)
                .setConnDrops(16).setCalls(1).setCallsPeak(4).setSyncSwaps(17).build();

        var row = DectManagerClient.fromWire(wire);

        assertThat(row).isEqualTo(new io.multicell.integrator.statistics.BaseStationStatistics("Hall",
                MacAddress.parse("7C:2F:80:00:00:01"), 2, 3, 1, 2, 10, 11, 12, 13, 14, 15, 16, 1, 4, 17));
    }

    @Test
    void aCallComesUpWithItsBearerBasesInCanonicalForm() {
        var wire = CallView.newBuilder().setCallId("c1").setIpui("0abcdef123").setDirection("outgoing").setState("HANDOVER")
                .addBearerBaseMacs("7c2f80000001").addBearerBaseMacs("7C:2F:80:00:00:02").setRemoteNumber("0301234").setHandovers(2)
                .build();

        var call = DectManagerClient.fromWire(wire);

        assertThat(call.ipui()).isEqualTo("0ABCDEF123");
        assertThat(call.bearerBaseMacs()).containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:02");
        assertThat(call.direction()).isEqualTo("outgoing");
        assertThat(call.state()).isEqualTo("HANDOVER");
        assertThat(call.remoteNumber()).isEqualTo("0301234");
        assertThat(call.handovers()).isEqualTo(2);
    }
}
