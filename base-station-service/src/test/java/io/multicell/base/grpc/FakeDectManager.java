package io.multicell.base.grpc;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import com.google.protobuf.ByteString;
import io.grpc.stub.StreamObserver;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.manager.v1.Assignment;
import io.multicell.proto.manager.v1.BaseCallEvent;
import io.multicell.proto.manager.v1.Heartbeat;
import io.multicell.proto.manager.v1.BaseStationCommand;
import io.multicell.proto.manager.v1.BaseStationLinkGrpc;
import io.multicell.proto.manager.v1.BaseStationReport;
import io.multicell.proto.manager.v1.ChallengeOrRefusal;
import io.multicell.proto.manager.v1.HandsetAccessGrpc;
import io.multicell.proto.manager.v1.HandsetChallengeResponse;
import io.multicell.proto.manager.v1.HandsetDetached;
import io.multicell.proto.manager.v1.HandsetPageResponse;
import io.multicell.proto.manager.v1.HandsetProcedureRequest;
import io.multicell.proto.manager.v1.Hello;
import io.multicell.proto.manager.v1.LedDisplay;
import io.multicell.proto.manager.v1.PageHandset;
import io.multicell.proto.manager.v1.ProcedureOutcome;
import io.multicell.proto.manager.v1.Reboot;
import io.multicell.proto.manager.v1.ReleaseHandset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A DECT manager as far as one base can tell: a real gRPC server with BaseStationLink on a loopback port that records
 * what the base reports, answers Hello with a pending Assignment like the DM does, and lets the test push commands;
 * and HandsetAccess deciding handset procedures with the real key derivation over the PINs the test gives it.
 */
final class FakeDectManager implements AutoCloseable {

    private final int port;
    final List<Hello> hellos = new CopyOnWriteArrayList<>();
    final List<Long> heartbeats = new CopyOnWriteArrayList<>();
    final List<Heartbeat> heartbeatReports = new CopyOnWriteArrayList<>();
    final List<BaseCallEvent> callEvents = new CopyOnWriteArrayList<>();
    final List<List<String>> attachedReports = new CopyOnWriteArrayList<>();
    final List<HandsetProcedureRequest> procedures = new CopyOnWriteArrayList<>();
    final List<HandsetDetached> detached = new CopyOnWriteArrayList<>();
    final List<HandsetPageResponse> pageResponses = new CopyOnWriteArrayList<>();
    /** PIN of each handset entry the test created; registration derives the key from it. */
    final Map<String, Pin> pins = new ConcurrentHashMap<>();
    /** UAK of every registered handset. */
    final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private volatile StreamObserver<BaseStationCommand> current;
    private Server server;

    FakeDectManager(int port) {
        this.port = port;
    }

    FakeDectManager start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(new Link())
                    .addService(new Access())
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

    void sendPage(String ipui, String pageId) {
        push(BaseStationCommand.newBuilder().setPage(PageHandset.newBuilder().setIpui(ipui).setPageId(pageId)).build());
    }

    void sendRelease(String ipui, String reason) {
        push(BaseStationCommand.newBuilder()
                .setReleaseHandset(ReleaseHandset.newBuilder().setIpui(ipui).setReason(reason)).build());
    }

    /** Any command, e.g. the call commands (AlertHandset, ExpectBearer, ...). */
    void sendCommand(BaseStationCommand.Builder command) {
        push(command.build());
    }

    /** The call events of {@code callId} reported so far, in order. */
    List<BaseCallEvent> eventsOf(String callId) {
        return callEvents.stream().filter(e -> e.getCallId().equals(callId)).toList();
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
                        case HEARTBEAT -> {
                            heartbeats.add(report.getHeartbeat().getSequence());
                            heartbeatReports.add(report.getHeartbeat());
                        }
                        case CALL_EVENT -> callEvents.add(report.getCallEvent());
                        case ATTACHED_HANDSETS -> attachedReports.add(List.copyOf(report.getAttachedHandsets().getIpuisList()));
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

    /** A challenge the fake DM sent and waits to see answered. */
    private record Transaction(String ipui, boolean registration, byte[] rs, byte[] rand) {
    }

    private final class Access extends HandsetAccessGrpc.HandsetAccessImplBase {

        @Override
        public void requestAccessRights(HandsetProcedureRequest request, StreamObserver<ChallengeOrRefusal> answer) {
            procedures.add(request);
            if (!pins.containsKey(request.getIpui())) {
                reply(answer, ChallengeOrRefusal.newBuilder().setRefusedReason("no entry for this IPUI").build());
                return;
            }
            reply(answer, challenge(request.getIpui(), true));
        }

        @Override
        public void requestLocation(HandsetProcedureRequest request, StreamObserver<ChallengeOrRefusal> answer) {
            procedures.add(request);
            if (!keys.containsKey(request.getIpui())) {
                reply(answer, ChallengeOrRefusal.newBuilder().setRefusedReason("not registered").build());
                return;
            }
            reply(answer, challenge(request.getIpui(), false));
        }

        private ChallengeOrRefusal challenge(String ipui, boolean registration) {
            String id = UUID.randomUUID().toString();
            var transaction = new Transaction(ipui, registration, AuthenticationKeys.randomChallenge(),
                    AuthenticationKeys.randomChallenge());
            transactions.put(id, transaction);
            var challenge = ChallengeOrRefusal.newBuilder().setTransactionId(id).setRand(ByteString.copyFrom(transaction.rand()));
            if (registration) {
                challenge.setRs(ByteString.copyFrom(transaction.rs()));
            }
            return challenge.build();
        }

        @Override
        public void confirmAccessRights(HandsetChallengeResponse response, StreamObserver<ProcedureOutcome> answer) {
            var transaction = transactions.remove(response.getTransactionId());
            if (transaction == null || !transaction.registration()) {
                reply(answer, refused("unknown transaction"));
                return;
            }
            var ipui = new Ipui(transaction.ipui());
            byte[] uak = AuthenticationKeys.deriveUak(pins.get(transaction.ipui()), transaction.rs(), ipui);
            if (!AuthenticationKeys.verify(uak, transaction.rand(), ipui, response.getRes().toByteArray())) {
                reply(answer, refused("wrong PIN"));
                return;
            }
            keys.put(transaction.ipui(), uak);
            reply(answer, ProcedureOutcome.newBuilder().setAccepted(true).build());
        }

        @Override
        public void confirmLocation(HandsetChallengeResponse response, StreamObserver<ProcedureOutcome> answer) {
            var transaction = transactions.remove(response.getTransactionId());
            if (transaction == null || transaction.registration()) {
                reply(answer, refused("unknown transaction"));
                return;
            }
            var ipui = new Ipui(transaction.ipui());
            boolean proven = AuthenticationKeys.verify(keys.get(transaction.ipui()), transaction.rand(), ipui,
                    response.getRes().toByteArray());
            reply(answer, proven ? ProcedureOutcome.newBuilder().setAccepted(true).build() : refused("authentication failed"));
        }

        @Override
        public void reportDetached(HandsetDetached request, StreamObserver<ProcedureOutcome> answer) {
            detached.add(request);
            reply(answer, ProcedureOutcome.newBuilder().setAccepted(true).build());
        }

        @Override
        public void reportPageResponse(HandsetPageResponse request, StreamObserver<ProcedureOutcome> answer) {
            pageResponses.add(request);
            reply(answer, ProcedureOutcome.newBuilder().setAccepted(true).build());
        }

        private static ProcedureOutcome refused(String reason) {
            return ProcedureOutcome.newBuilder().setAccepted(false).setReason(reason).build();
        }

        private static <T> void reply(StreamObserver<T> answer, T message) {
            answer.onNext(message);
            answer.onCompleted();
        }
    }
}
