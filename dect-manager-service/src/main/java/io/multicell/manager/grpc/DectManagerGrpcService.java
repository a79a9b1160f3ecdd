package io.multicell.manager.grpc;

import io.grpc.stub.StreamObserver;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.process.ServiceProcess;
import io.multicell.manager.basestation.BaseStationPlan;
import io.multicell.manager.basestation.BaseStationRegistry;
import io.multicell.manager.basestation.ControlLoop;
import io.multicell.proto.manager.v1.ApplyBaseStationPlanResponse;
import io.multicell.proto.manager.v1.DectManagerGrpc;
import io.multicell.proto.manager.v1.DectManagerInfo;
import io.multicell.proto.manager.v1.GetDectManagerInfoRequest;
import io.multicell.proto.manager.v1.ListBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ListBaseStatisticsResponse;
import io.multicell.proto.manager.v1.ListCallsRequest;
import io.multicell.proto.manager.v1.ListCallsResponse;
import io.multicell.proto.manager.v1.ResetBaseStatisticsRequest;
import io.multicell.proto.manager.v1.ResetBaseStatisticsResponse;
import io.multicell.proto.manager.v1.ListBaseStationsRequest;
import io.multicell.proto.manager.v1.ListBaseStationsResponse;
import io.multicell.proto.manager.v1.RebootBaseStationRequest;
import io.multicell.proto.manager.v1.RebootBaseStationResponse;
import io.multicell.proto.manager.v1.SetLedDisplayRequest;
import io.multicell.proto.manager.v1.SetLedDisplayResponse;
import io.multicell.proto.manager.v1.SynchroniseRequest;
import io.multicell.proto.manager.v1.SynchroniseResponse;
import io.quarkus.grpc.GrpcService;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.function.Supplier;

/** The DectManager service the integrator calls: wire checks here, everything else in the control loop. */
@GrpcService
public class DectManagerGrpcService extends DectManagerGrpc.DectManagerImplBase {

    private final ControlLoop loop;
    private final ServiceProcess process;

    DectManagerGrpcService(ControlLoop loop,
                           @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.loop = loop;
        this.process = ServiceProcess.current(version);
    }

    @Override
    public void getDectManagerInfo(GetDectManagerInfoRequest request, StreamObserver<DectManagerInfo> responses) {
        answer(responses, () -> loop.ask(BaseStationRegistry::info).thenApply(info -> ManagerMessages.info(info, process)));
    }

    @Override
    public void applyBaseStationPlan(io.multicell.proto.manager.v1.BaseStationPlan request,
                                     StreamObserver<ApplyBaseStationPlanResponse> responses) {
        answer(responses, () -> {
            BaseStationPlan plan = ManagerMessages.plan(request);
            return loop.ask(registry -> registry.applyPlan(plan)).thenApply(ManagerMessages::applied);
        });
    }

    @Override
    public void listBaseStations(ListBaseStationsRequest request, StreamObserver<ListBaseStationsResponse> responses) {
        answer(responses, () -> loop.askNetwork((bases, handsets) -> bases.list(handsets::attachedCount))
                .thenApply(ManagerMessages::list));
    }

    @Override
    public void rebootBaseStation(RebootBaseStationRequest request, StreamObserver<RebootBaseStationResponse> responses) {
        answer(responses, () -> {
            MacAddress mac = MacAddress.parse(request.getMac());
            return loop.ask(registry -> {
                registry.reboot(mac);
                return RebootBaseStationResponse.getDefaultInstance();
            });
        });
    }

    @Override
    public void setLedDisplay(SetLedDisplayRequest request, StreamObserver<SetLedDisplayResponse> responses) {
        answer(responses, () -> loop.ask(registry -> {
            registry.setLedDisplay(request.getEnabled());
            return SetLedDisplayResponse.getDefaultInstance();
        }));
    }

    @Override
    public void synchronise(SynchroniseRequest request, StreamObserver<SynchroniseResponse> responses) {
        answer(responses, () -> {
            int cluster = request.getCluster();
            if (cluster < 0 || cluster > 9) {
                throw new InvalidValueException("cluster", "must be 0 (all clusters) or 1..9");
            }
            return loop.ask(registry -> registry.synchronise(cluster))
                    .thenApply(changed -> SynchroniseResponse.newBuilder().setChanged(changed).build());
        });
    }

    @Override
    public void listBaseStatistics(ListBaseStatisticsRequest request, StreamObserver<ListBaseStatisticsResponse> responses) {
        answer(responses, () -> loop.askCalls(calls -> calls.statistics()).thenApply(CallMessages::statistics));
    }

    @Override
    public void resetBaseStatistics(ResetBaseStatisticsRequest request, StreamObserver<ResetBaseStatisticsResponse> responses) {
        answer(responses, () -> loop.askCalls(calls -> {
            calls.resetStatistics();
            return ResetBaseStatisticsResponse.getDefaultInstance();
        }));
    }

    @Override
    public void listCalls(ListCallsRequest request, StreamObserver<ListCallsResponse> responses) {
        answer(responses, () -> loop.askCalls(calls -> calls.calls()).thenApply(CallMessages::calls));
    }

    private static <T> void answer(StreamObserver<T> responses, Supplier<CompletableFuture<T>> call) {
        GrpcCalls.answer(responses, call);
    }
}
