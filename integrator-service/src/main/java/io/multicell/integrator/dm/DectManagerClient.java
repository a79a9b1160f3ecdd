package io.multicell.integrator.dm;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.basestation.BaseStationPlan;
import io.multicell.integrator.basestation.ConfirmedBase;
import io.multicell.integrator.basestation.IpAddressType;
import io.multicell.integrator.basestation.RadioIdentity;
import io.multicell.integrator.call.ActiveCall;
import io.multicell.integrator.grpc.PeerProcess;
import io.multicell.integrator.statistics.BaseStationStatistics;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.BaseStationConfig;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStatistics;
import io.multicell.proto.manager.v1.CallView;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.GetDectManagerInfoRequest;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ListCallsRequest;
import io.multicell.proto.manager.v1.RebootBaseStationRequest;
import io.multicell.proto.manager.v1.ResetBaseStatisticsRequest;
import io.multicell.proto.manager.v1.RpnAssignment;
import io.multicell.proto.manager.v1.SetLedDisplayRequest;
import io.multicell.proto.manager.v1.SyncSlaveType;
import io.multicell.proto.manager.v1.SynchroniseRequest;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The integrator's only door to the DECT manager: owns the deadline, maps wire types to domain types and gRPC
 * status codes to the error taxonomy (INVALID_ARGUMENT → invalid input, NOT_FOUND → unknown, FAILED_PRECONDITION →
 * conflict, UNAVAILABLE/DEADLINE_EXCEEDED → not reachable, anything else → DM failed).
 */
@ApplicationScoped
public class DectManagerClient {

    private static final Logger LOG = Logger.getLogger(DectManagerClient.class);

    private final DectManagerGrpc.DectManagerBlockingStub stub;
    private final DectManagerConfig config;

    public DectManagerClient(@GrpcClient("dect-manager") DectManagerGrpc.DectManagerBlockingStub stub, DectManagerConfig config) {
        this.stub = stub;
        this.config = config;
    }

    public DectManagerSummary summary() {
        var info = call("GetDectManagerInfo", "dectManager", s -> s.getDectManagerInfo(GetDectManagerInfoRequest.getDefaultInstance()));
        return new DectManagerSummary(info.getName(), info.getPari(), info.getRpnGroup(), info.getPlanRevision(), info.getLedDisplay(),
                PeerProcess.fromWire(info.getVersion(), info.hasStartedAt(), info.getStartedAt()));
    }

    /** Sends the whole plan; returns the RPN/RFPI of every planned base the DM reported. */
    public Map<MacAddress, RadioIdentity> applyPlan(BaseStationPlan plan) {
        var request = io.multicell.proto.manager.v1.BaseStationPlan.newBuilder().setRevision(plan.revision());
        plan.bases().forEach(b -> request.addBaseStations(toWire(b)));
        ApplyBaseStationPlanResponse response = call("ApplyBaseStationPlan", "plan", s -> s.applyBaseStationPlan(request.build()));
        Map<MacAddress, RadioIdentity> assignments = new HashMap<>();
        for (RpnAssignment a : response.getAssignmentsList()) {
            try {
                assignments.put(MacAddress.parse(a.getMac()), new RadioIdentity(new Rpn(a.getRpn()), Rfpi.parse(a.getRfpi())));
            } catch (InvalidValueException e) {
                // Keep the plan: the base still runs, only its RPN column stays as it was.
                LOG.warnf("DECT manager returned an unusable assignment %s/%s/%s: %s", a.getMac(), a.getRpn(), a.getRfpi(), e.getMessage());
            }
        }
        return assignments;
    }

    public List<LiveBaseStation> listBaseStations() {
        var response = call("ListBaseStations", "dectManager", s -> s.listBaseStations(ListBaseStationsRequest.getDefaultInstance()));
        var bases = new ArrayList<LiveBaseStation>(response.getBaseStationsCount());
        for (BaseStationState state : response.getBaseStationsList()) {
            try {
                bases.add(fromWire(state));
            } catch (InvalidValueException e) {
                LOG.warnf("Ignoring base %s the DECT manager reported: %s", state.getMac(), e.getMessage());
            }
        }
        return bases;
    }

    public void reboot(MacAddress mac) {
        call("RebootBaseStation", "mac", s -> s.rebootBaseStation(RebootBaseStationRequest.newBuilder().setMac(mac.value()).build()));
    }

    public void setLedDisplay(boolean enabled) {
        call("SetLedDisplay", "enabled", s -> s.setLedDisplay(SetLedDisplayRequest.newBuilder().setEnabled(enabled).build()));
    }

    /** "Synchronise all" (cluster 0) or one cluster; returns how many bases changed status. */
    public int synchronise(int cluster, SyncSlave syncSlave) {
        var request = SynchroniseRequest.newBuilder().setCluster(cluster).setSyncSlave(toWire(syncSlave)).build();
        return call("Synchronise", "cluster", s -> s.synchronise(request)).getChanged();
    }

    /** The statistics counters of every planned base (Status > Statistics > Base stations). */
    public List<BaseStationStatistics> listBaseStatistics() {
        var response = call("ListBaseStatistics", "statistics", s -> s.listBaseStatistics(ListBaseStatisticsRequest.getDefaultInstance()));
        var rows = new ArrayList<BaseStationStatistics>(response.getBasesCount());
        for (BaseStatistics counters : response.getBasesList()) {
            try {
                rows.add(fromWire(counters));
            } catch (InvalidValueException e) {
                LOG.warnf("Ignoring statistics of base %s the DECT manager reported: %s", counters.getMac(), e.getMessage());
            }
        }
        return rows;
    }

    /** "Reset all": every counter of every base back to 0 (active calls stay what they are). */
    public void resetBaseStatistics() {
        call("ResetBaseStatistics", "statistics", s -> s.resetBaseStatistics(ResetBaseStatisticsRequest.getDefaultInstance()));
    }

    /** Calls in progress. */
    public List<ActiveCall> listCalls() {
        var response = call("ListCalls", "calls", s -> s.listCalls(ListCallsRequest.getDefaultInstance()));
        return response.getCallsList().stream().map(DectManagerClient::fromWire).toList();
    }

    private <T> T call(String method, String field, Function<DectManagerGrpc.DectManagerBlockingStub, T> rpc) {
        try {
            return rpc.apply(stub.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw translate(method, field, e);
        }
    }

    static RuntimeException translate(String method, String field, StatusRuntimeException e) {
        Status status = e.getStatus();
        String description = status.getDescription() == null ? "" : status.getDescription();
        return switch (status.getCode()) {
            case INVALID_ARGUMENT -> invalidArgument(field, description);
            case NOT_FOUND -> new UnknownEntityException(field, description.isEmpty() ? "unknown to the DECT manager" : description);
            case FAILED_PRECONDITION -> new ConflictException(field, description.isEmpty() ? "not possible in the current state" : description);
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED -> new DectManagerUnreachableException(method + " " + status.getCode(), e);
            default -> new DectManagerFailedException("DECT manager failed: " + method + " " + status.getCode()
                    + (description.isEmpty() ? "" : " (" + description + ")"), e);
        };
    }

    /** The DM puts "field: rule" in the description (field paths may contain MACs, whose colons have no space). */
    static InvalidValueException invalidArgument(String defaultField, String description) {
        int split = description.indexOf(": ");
        if (split > 0 && !description.substring(0, split).contains(" ")) {
            return new InvalidValueException(description.substring(0, split), description.substring(split + 2));
        }
        return new InvalidValueException(defaultField, description.isEmpty() ? "rejected by the DECT manager" : description);
    }

    static BaseStationConfig toWire(ConfirmedBase base) {
        SyncSettings sync = base.sync();
        var builder = BaseStationConfig.newBuilder()
                .setMac(base.mac().value())
                .setName(base.name())
                .setActivated(base.activated())
                .setIpAddressType(base.ip().type() == IpAddressType.STATIC
                        ? io.multicell.proto.manager.v1.IpAddressType.STATIC
                        : io.multicell.proto.manager.v1.IpAddressType.DHCP)
                .setCluster(sync.cluster())
                .setSyncLevel(sync.syncLevel())
                .setSyncSlave(toWire(sync.syncSlave()))
                .setLanMaster(sync.lanMaster())
                .setSyncMasterRedundancy(sync.syncMasterRedundancy())
                .setPosition(io.multicell.proto.manager.v1.FloorPosition.newBuilder()
                        .setX(base.position().x()).setY(base.position().y()))
                .setReducedTxPower(base.reducedTxPower());
        if (base.ip().staticAddress() != null) {
            builder.setStaticIpAddress(base.ip().staticAddress());
        }
        return builder.build();
    }

    static SyncSlaveType toWire(SyncSlave slave) {
        return switch (slave == null ? SyncSlave.NONE : slave) {
            case NONE -> SyncSlaveType.SYNC_SLAVE_NONE;
            case DECT -> SyncSlaveType.SYNC_SLAVE_DECT;
            case LAN -> SyncSlaveType.SYNC_SLAVE_LAN;
        };
    }

    static LiveBaseStation fromWire(BaseStationState state) {
        RadioIdentity radio = null;
        if (state.getAssigned() && !state.getRfpi().isEmpty()) {
            radio = new RadioIdentity(new Rpn(state.getRpn()), Rfpi.parse(state.getRfpi()));
        }
        FloorPosition reported = null;
        if (state.hasReportedPosition()) {
            reported = new FloorPosition(state.getReportedPosition().getX(), state.getReportedPosition().getY());
        }
        return new LiveBaseStation(
                MacAddress.parse(state.getMac()),
                state.getAssigned(),
                state.getOnline(),
                emptyToNull(state.getFirmware()),
                emptyToNull(state.getIpAddress()),
                radio,
                fromWire(state.getStatus()),
                state.getSyncType(),
                state.getSyncSourceMac().isEmpty() ? null : MacAddress.parse(state.getSyncSourceMac()),
                emptyToNull(state.getSyncSourceRfpi()),
                state.getReference(),
                reported,
                state.getLocal(),
                state.getEffectiveSyncLevel());
    }

    static BaseStationStatus fromWire(io.multicell.proto.manager.v1.BaseStationStatus status) {
        return switch (status) {
            case DEACTIVATED -> BaseStationStatus.DEACTIVATED;
            case NO_SYNC -> BaseStationStatus.NO_SYNC;
            case SYNC -> BaseStationStatus.SYNC;
            case SYNC_OVERLOAD -> BaseStationStatus.SYNC_OVERLOAD;
            // A status the DM did not state is treated as the safe one: not available.
            default -> BaseStationStatus.OFFLINE;
        };
    }

    static BaseStationStatistics fromWire(BaseStatistics counters) {
        return new BaseStationStatistics(counters.getName(), MacAddress.parse(counters.getMac()), counters.getCluster(),
                counters.getRpn(), counters.getSyncRpn(), counters.getSyncLevel(), counters.getConn(), counters.getHoSetup(),
                counters.getHoRelease(), counters.getCallDrops(), counters.getAsync(), counters.getBusy(), counters.getConnDrops(),
                Integer.toUnsignedLong(counters.getCalls()), Integer.toUnsignedLong(counters.getCallsPeak()), counters.getSyncSwaps());
    }

    static ActiveCall fromWire(CallView call) {
        return new ActiveCall(call.getCallId(), call.getIpui().toUpperCase(Locale.ROOT), call.getDirection(), call.getState(),
                call.getBearerBaseMacsList().stream().map(DectManagerClient::canonicalMac).toList(),
                call.getRemoteNumber(), call.getHandovers());
    }

    /** A bearer MAC in the canonical form when it is one; otherwise as the DM wrote it (the call is still shown). */
    private static String canonicalMac(String text) {
        try {
            return MacAddress.parse(text).value();
        } catch (InvalidValueException e) {
            return text;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
