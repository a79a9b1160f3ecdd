package io.multicell.manager;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.AttachedHandsets;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationLinkGrpc;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.manager.v1.Heartbeat;
import io.multicell.proto.manager.v1.Hello;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A base station as the DM sees it: one real gRPC Connect stream, heartbeats every 500 ms, commands recorded. */
final class FakeBase implements AutoCloseable {

    final String mac;
    final List<BaseStationCommand> received = new CopyOnWriteArrayList<>();
    volatile Status error;
    volatile boolean completed;

    private final StreamObserver<BaseStationReport> reports;
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong sequence = new AtomicLong();

    private FakeBase(ManagedChannel channel, String mac) {
        this.mac = mac;
        this.reports = BaseStationLinkGrpc.newStub(channel).connect(new StreamObserver<>() {
            @Override
            public void onNext(BaseStationCommand command) {
                received.add(command);
            }

            @Override
            public void onError(Throwable t) {
                error = Status.fromThrowable(t);
            }

            @Override
            public void onCompleted() {
                completed = true;
            }
        });
    }

    /** Opens a stream and sends nothing yet. */
    static FakeBase open(ManagedChannel channel, String mac) {
        return new FakeBase(channel, mac);
    }

    /** Opens a stream, says Hello and keeps heart-beating. */
    static FakeBase connect(ManagedChannel channel, String mac, boolean local) {
        FakeBase base = new FakeBase(channel, mac);
        base.send(BaseStationReport.newBuilder().setHello(Hello.newBuilder()
                .setMac(mac)
                .setFirmware("2.54.0")
                .setIpAddress("127.0.0.1")
                .setPosition(FloorPosition.newBuilder().setX(1).setY(2))
                .setLocal(local)
                .setAirEndpoint(airEndpointOf(mac))).build());
        base.heart.scheduleAtFixedRate(base::heartbeat, 500, 500, TimeUnit.MILLISECONDS);
        return base;
    }

    /** Where this fake base says handsets reach it (nothing listens there: the DM only passes it on). */
    static String airEndpointOf(String mac) {
        return "127.0.0.1:" + (20_000 + Integer.parseInt(mac.substring(mac.length() - 2), 16));
    }

    /** Reports the handsets whose air streams are open here (what a base sends after Hello). */
    void reportAttached(String... ipuis) {
        send(BaseStationReport.newBuilder().setAttachedHandsets(AttachedHandsets.newBuilder().addAllIpuis(List.of(ipuis))).build());
    }

    List<BaseStationCommand> received(BaseStationCommand.CommandCase kind, String ipui) {
        return received.stream()
                .filter(c -> c.getCommandCase() == kind)
                .filter(c -> ipui.equals(c.hasPage() ? c.getPage().getIpui() : c.getReleaseHandset().getIpui()))
                .toList();
    }

    /** Reports a call event of one of its handsets. */
    void callEvent(String callId, String ipui, java.util.function.Consumer<io.multicell.proto.manager.v1.BaseCallEvent.Builder> event) {
        var builder = io.multicell.proto.manager.v1.BaseCallEvent.newBuilder().setCallId(callId).setIpui(ipui);
        event.accept(builder);
        send(BaseStationReport.newBuilder().setCallEvent(builder).build());
    }

    /** Call commands of one call, of one kind, in order. */
    List<BaseStationCommand> callCommands(BaseStationCommand.CommandCase kind, String callId) {
        return received.stream().filter(c -> c.getCommandCase() == kind).filter(c -> callId.equals(switch (kind) {
            case ALERT_HANDSET -> c.getAlertHandset().getCallId();
            case CALL_PROGRESS -> c.getCallProgress().getCallId();
            case RELEASE_CALL -> c.getReleaseCall().getCallId();
            case EXPECT_BEARER -> c.getExpectBearer().getCallId();
            case HANDOVER -> c.getHandover().getCallId();
            case RELEASE_BEARER -> c.getReleaseBearer().getCallId();
            default -> "";
        })).toList();
    }

    synchronized void send(BaseStationReport report) {
        reports.onNext(report);
    }

    private void heartbeat() {
        try {
            send(BaseStationReport.newBuilder().setHeartbeat(Heartbeat.newBuilder().setSequence(sequence.incrementAndGet())).build());
        } catch (RuntimeException streamGone) {
            heart.shutdown();
        }
    }

    /** The base hangs: its stream stays open but no heartbeat comes any more. */
    void stopHeartbeats() {
        heart.shutdownNow();
    }

    Optional<Assignment> lastAssignment() {
        return received.stream().filter(BaseStationCommand::hasAssignment).map(BaseStationCommand::getAssignment)
                .reduce((first, second) -> second);
    }

    boolean received(BaseStationCommand.CommandCase kind) {
        return received.stream().anyMatch(c -> c.getCommandCase() == kind);
    }

    /** Ends the stream the polite way (half-close), like a base shutting down. */
    @Override
    public synchronized void close() {
        heart.shutdownNow();
        if (error == null && !completed) {
            try {
                reports.onCompleted();
            } catch (RuntimeException alreadyGone) {
                // the DM ended it first
            }
        }
    }
}
