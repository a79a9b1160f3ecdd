package io.multicell.base.grpc;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationLinkGrpc;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.Hello;
import io.multicell.proto.manager.v1.LedDisplay;
import io.multicell.proto.manager.v1.Reboot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A DECT manager as far as one base can tell: a real gRPC server with BaseStationLink on a loopback port that records
 * what the base reports, answers Hello with a pending Assignment like the DM does, and lets the test push commands.
 */
final class FakeDectManager implements AutoCloseable {

    private final int port;
    final List<Hello> hellos = new CopyOnWriteArrayList<>();
    final List<Long> heartbeats = new CopyOnWriteArrayList<>();
    private volatile StreamObserver<BaseStationCommand> current;
    private Server server;

    FakeDectManager(int port) {
        this.port = port;
    }

    FakeDectManager start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(new Link())
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("fake DM cannot listen on " + port, e);
        }
        return this;
    }

    /** Stops like a killed DM: every open stream breaks. */
    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean hasStream() {
        return current != null;
    }

    void send(Assignment assignment) {
        push(BaseStationCommand.newBuilder().setAssignment(assignment).build());
    }

    void sendLedDisplay(boolean enabled) {
        push(BaseStationCommand.newBuilder().setLedDisplay(LedDisplay.newBuilder().setEnabled(enabled)).build());
    }

    void sendReboot() {
        push(BaseStationCommand.newBuilder().setReboot(Reboot.getDefaultInstance()).build());
    }

    private synchronized void push(BaseStationCommand command) {
        current.onNext(command);
    }

    private final class Link extends BaseStationLinkGrpc.BaseStationLinkImplBase {

        @Override
        public StreamObserver<BaseStationReport> connect(StreamObserver<BaseStationCommand> responses) {
            return new StreamObserver<>() {
                @Override
                public void onNext(BaseStationReport report) {
                    switch (report.getReportCase()) {
                        case HELLO -> {
                            current = responses;
                            hellos.add(report.getHello());
                            send(Assignment.newBuilder().setAssigned(false).build());
                        }
                        case HEARTBEAT -> heartbeats.add(report.getHeartbeat().getSequence());
                        default -> { }
                    }
                }

                @Override
                public void onError(Throwable error) {
                    forget(responses);
                }

                @Override
                public void onCompleted() {
                    forget(responses);
                    responses.onCompleted();
                }
            };
        }

        private void forget(StreamObserver<BaseStationCommand> responses) {
            if (current == responses) {
                current = null;
            }
        }
    }
}
