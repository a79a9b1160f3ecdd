package io.multicell.manager.grpc;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.process.ServiceProcess;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.manager.basestation.AppliedPlan;
import io.multicell.manager.basestation.BaseStationPlan;
import io.multicell.manager.basestation.BaseStationView;
import io.multicell.manager.basestation.ConfirmedBase;
import io.multicell.manager.basestation.DectManagerInfo;
import io.multicell.manager.basestation.IpAddressing;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.ListBaseStationsResponse;
import io.multicell.proto.manager.v1.RpnAssignment;
import java.util.ArrayList;
import java.util.List;

/** Wire types of the DectManager service to and from the domain; field paths of errors follow the plan's structure. */
final class ManagerMessages {

    private ManagerMessages() {
    }

    /**
     * The plan as the domain sees it.
     *
     * @throws InvalidValueException e.g. "baseStations[7C:2F:80:00:00:01].name: must be at most 32 characters"
     */
    static BaseStationPlan plan(io.multicell.proto.manager.v1.BaseStationPlan plan) {
        List<ConfirmedBase> bases = new ArrayList<>();
        for (int i = 0; i < plan.getBaseStationsCount(); i++) {
            BaseStationConfig config = plan.getBaseStations(i);
            MacAddress mac;
            try {
                mac = MacAddress.parse(config.getMac());
            } catch (InvalidValueException e) {
                throw e.under("baseStations[" + i + "]");
            }
            try {
                bases.add(base(mac, config));
            } catch (InvalidValueException e) {
                throw e.under("baseStations[" + mac + "]");
            }
        }
        return new BaseStationPlan(plan.getRevision(), bases);
    }

    private static ConfirmedBase base(MacAddress mac, BaseStationConfig config) {
        var sync = new SyncSettings(config.getCluster(), config.getSyncLevel(), syncSlave(config), config.getLanMaster(),
                config.getSyncMasterRedundancy());
        var ip = new IpAddressing(ipAddressType(config), config.getStaticIpAddress());
        FloorPosition position = config.hasPosition()
                ? new FloorPosition(config.getPosition().getX(), config.getPosition().getY())
                : null;
        return new ConfirmedBase(mac, config.getName(), config.getActivated(), ip, sync, position, config.getReducedTxPower());
    }

    private static SyncSlave syncSlave(BaseStationConfig config) {
        return switch (config.getSyncSlave()) {
            case SYNC_SLAVE_NONE -> SyncSlave.NONE;
            case SYNC_SLAVE_DECT -> SyncSlave.DECT;
            case SYNC_SLAVE_LAN -> SyncSlave.LAN;
            case UNRECOGNIZED -> throw new InvalidValueException("syncSlave", "must be SYNC_SLAVE_NONE, SYNC_SLAVE_DECT or SYNC_SLAVE_LAN");
        };
    }

    private static IpAddressing.Type ipAddressType(BaseStationConfig config) {
        return switch (config.getIpAddressType()) {
            case IP_ADDRESS_TYPE_UNSPECIFIED, DHCP -> IpAddressing.Type.DHCP;
            case STATIC -> IpAddressing.Type.STATIC;
            case UNRECOGNIZED -> throw new InvalidValueException("ipAddressType", "must be DHCP or STATIC");
        };
    }

    static io.multicell.proto.manager.v1.DectManagerInfo info(DectManagerInfo info, ServiceProcess process) {
        return io.multicell.proto.manager.v1.DectManagerInfo.newBuilder()
                .setName(info.name())
                .setPari(info.pari().toString())
                .setRpnGroup(info.rpnGroup())
                .setPlanRevision(info.planRevision())
                .setLedDisplay(info.ledDisplay())
                .setVersion(process.version())
                .setStartedAt(com.google.protobuf.Timestamp.newBuilder()
                        .setSeconds(process.startedAt().getEpochSecond()).setNanos(process.startedAt().getNano()))
                .build();
    }

    static ApplyBaseStationPlanResponse applied(AppliedPlan applied) {
        var response = ApplyBaseStationPlanResponse.newBuilder().setRevision(applied.revision());
        applied.assignments().forEach(a -> response.addAssignments(RpnAssignment.newBuilder()
                .setMac(a.mac().value())
                .setRpn(a.rpn().value())
                .setRfpi(a.rfpi().toString())));
        return response.build();
    }

    static ListBaseStationsResponse list(List<BaseStationView> views) {
        var response = ListBaseStationsResponse.newBuilder();
        views.forEach(v -> response.addBaseStations(state(v)));
        return response.build();
    }

    static BaseStationState state(BaseStationView view) {
        var state = BaseStationState.newBuilder()
                .setMac(view.mac().value())
                .setAssigned(view.assigned())
                .setOnline(view.online())
                .setFirmware(view.firmware())
                .setIpAddress(view.ipAddress())
                .setRpn(view.rpn().map(Rpn::value).orElse(0))
                .setRfpi(view.rfpi().map(Rfpi::toString).orElse(""))
                .setStatus(status(view.status()))
                .setSyncType(view.syncType())
                .setSyncSourceMac(view.syncSourceMac().map(MacAddress::value).orElse(""))
                .setSyncSourceRfpi(view.syncSourceRfpi().map(Rfpi::toString).orElse(""))
                .setReference(view.reference())
                .setSyncSourceRssiDbm(view.syncSourceRssiDbm())
                .setLocal(view.local())
                .setEffectiveSyncLevel(view.effectiveSyncLevel())
                .setAirEndpoint(view.airEndpoint())
                .setAttachedHandsets(view.attachedHandsets());
        view.reportedPosition().ifPresent(p -> state.setReportedPosition(
                io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(p.x()).setY(p.y())));
        view.position().ifPresent(p -> state.setPosition(
                io.multicell.proto.manager.v1.FloorPosition.newBuilder().setX(p.x()).setY(p.y())));
        return state.build();
    }

    static BaseStationStatus status(io.multicell.core.sync.BaseStationStatus status) {
        return switch (status) {
            case OFFLINE -> BaseStationStatus.OFFLINE;
            case DEACTIVATED -> BaseStationStatus.DEACTIVATED;
            case NO_SYNC -> BaseStationStatus.NO_SYNC;
            case SYNC -> BaseStationStatus.SYNC;
            case SYNC_OVERLOAD -> BaseStationStatus.SYNC_OVERLOAD;
        };
    }
}
