package io.multicell.simulator.service;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.air.v1.AccessRightsResult;
import io.multicell.proto.air.v1.AirInterfaceGrpc;
import io.multicell.proto.air.v1.AuthenticationChallenge;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationResult;
import io.multicell.proto.air.v1.Lock;
import io.multicell.proto.air.v1.RegistrationChallenge;
import io.multicell.proto.air.v1.VoicePath;
import io.multicell.proto.manager.v1.BaseStationState;
import io.multicell.proto.manager.v1.BaseStationStatus;
import io.multicell.proto.manager.v1.FloorPosition;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A base station with its DM behind it, as far as a handset can tell: a real gRPC server with the AirInterface on a
 * free loopback port, deciding registration and attach with the real key derivation over {@link Subscriptions}, and a
 * UDP voice socket on another: VoicePath names it as the first downlink of every stream, uplink VoiceDatagrams arrive
 * there, downlink ones go to the Lock's voice_address with its voice_token.
 */
final class FakeBase implements AutoCloseable {

    /** What the DM knows: PINs of the entries, keys of the registered handsets (shared by every base). */
    static final class Subscriptions {
        final Map<String, Pin> pins = new ConcurrentHashMap<>();
        final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    }

    final String mac;
    final double x;
    final double y;
    private final Subscriptions subscriptions;
    private final Server server;
    /** IPUI of every Lock, in order. */
    final List<String> locks = new CopyOnWriteArrayList<>();
    /** IPUI of every accepted attach. */
    final List<String> attaches = new CopyOnWriteArrayList<>();
    /** IPUIs whose streams are open now (one entry per stream). */
    final List<String> open = new CopyOnWriteArrayList<>();
    /** Every call message a handset sent (Lock with a call id, setup, answer, release, measurements), in order. */
    final List<HandsetUplink> callMessages = new CopyOnWriteArrayList<>();
    /** The latest stream of each IPUI, for the test to send on. */
    private final Map<String, StreamObserver<HandsetDownlink>> streams = new ConcurrentHashMap<>();
    /** The latest Lock of each IPUI: where its downlink voice goes. */
    private final Map<String, Lock> lockOf = new ConcurrentHashMap<>();
    private final DatagramSocket voiceSocket;
    /** Where uplink voice goes (the test's gateway); null: dropped. */
    volatile java.util.function.BiConsumer<FakeBase, VoiceFrame> voice;
    /** False: streams get no VoicePath until {@link #announceVoicePath}. */
    volatile boolean announcesVoicePath = true;
    /** Called on a Lock with a call id: the bearer arrived. */
    volatile java.util.function.BiConsumer<FakeBase, String> bearerArrived;

    FakeBase(String mac, double x, double y, Subscriptions subscriptions) {
        this.mac = mac;
        this.x = x;
        this.y = y;
        this.subscriptions = subscriptions;
        try {
            voiceSocket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(new Air()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var receiver = new Thread(this::receiveVoice, "fake-base-voice-" + mac);
        receiver.setDaemon(true);
        receiver.start();
    }

    private void receiveVoice() {
        byte[] buffer = new byte[2048];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!voiceSocket.isClosed()) {
            try {
                packet.setLength(buffer.length);
                voiceSocket.receive(packet);
                var datagram = VoiceDatagram.parser().parseFrom(buffer, 0, packet.getLength());
                var gateway = voice;
                if (datagram.getDirection() == Direction.UPLINK && gateway != null) {
                    gateway.accept(this, datagram.getFrame());
                }
            } catch (IOException e) {
                // closed, or not a datagram of ours
            }
        }
    }

    /** Sends a downlink voice frame to the latest stream of {@code ipui}, by its Lock; false when it has none. */
    boolean sendVoice(String ipui, VoiceFrame frame) {
        var lock = lockOf.get(ipui);
        if (lock == null || !streams.containsKey(ipui)) {
            return false;
        }
        sendDatagram(lock.getVoiceAddress(), VoiceDatagram.newBuilder().setDirection(Direction.DOWNLINK)
                .setToken(lock.getVoiceToken()).setFrame(frame).build().toByteArray());
        return true;
    }

    /** Sends any bytes to a voice address ("host:port") from this base's voice socket. */
    void sendDatagram(String voiceAddress, byte[] bytes) {
        int colon = voiceAddress.lastIndexOf(':');
        var to = new InetSocketAddress(voiceAddress.substring(0, colon), Integer.parseInt(voiceAddress.substring(colon + 1)));
        try {
            voiceSocket.send(new DatagramPacket(bytes, bytes.length, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The latest Lock of {@code ipui} (its voice address and token). */
    Lock lockOf(String ipui) {
        return lockOf.get(ipui);
    }

    /** Sends VoicePath on the latest stream of {@code ipui} (a base that names its voice port late). */
    boolean announceVoicePath(String ipui) {
        return send(ipui, voicePath());
    }

    private HandsetDownlink voicePath() {
        return HandsetDownlink.newBuilder().setVoicePath(VoicePath.newBuilder().setPort(voiceSocket.getLocalPort()))
                .build();
    }

    String airEndpoint() {
        return "127.0.0.1:" + server.getPort();
    }

    /** How the DM lists this base. */
    BaseStationState state(String rfpi) {
        return BaseStationState.newBuilder().setMac(mac).setAssigned(true).setOnline(true).setRfpi(rfpi)
                .setStatus(BaseStationStatus.SYNC).setAirEndpoint(airEndpoint())
                .setPosition(FloorPosition.newBuilder().setX(x).setY(y)).build();
    }

    /** Sends {@code message} on the latest stream of {@code ipui}; false when it has none. */
    boolean send(String ipui, HandsetDownlink message) {
        var stream = streams.get(ipui);
        if (stream == null) {
            return false;
        }
        synchronized (stream) {
            try {
                stream.onNext(message);
                return true;
            } catch (RuntimeException gone) {
                return false;
            }
        }
    }

    long callMessages(HandsetUplink.MessageCase kind) {
        return callMessages.stream().filter(m -> m.getMessageCase() == kind).count();
    }

    long locksOf(String ipui) {
        return locks.stream().filter(ipui::equals).count();
    }

    long openStreamsOf(String ipui) {
        return open.stream().filter(ipui::equals).count();
    }

    @Override
    public void close() {
        voiceSocket.close();
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Air extends AirInterfaceGrpc.AirInterfaceImplBase {

        @Override
        public StreamObserver<HandsetUplink> connect(StreamObserver<HandsetDownlink> downlink) {
            return new StreamObserver<>() {
                private String ipui;
                private String transaction;
                private boolean registration;
                private byte[] rs;
                private byte[] rand;

                @Override
                public synchronized void onNext(HandsetUplink message) {
                    switch (message.getMessageCase()) {
                        case LOCK -> {
                            ipui = message.getLock().getIpui();
                            if (announcesVoicePath) {
                                send(voicePath());
                            }
                            locks.add(ipui);
                            open.add(ipui);
                            lockOf.put(ipui, message.getLock());
                            streams.put(ipui, downlink);
                            if (!message.getLock().getCallId().isEmpty()) {
                                callMessages.add(message);
                                var arrived = bearerArrived;
                                if (arrived != null) {
                                    arrived.accept(FakeBase.this, message.getLock().getCallId());
                                }
                            }
                        }
                        case CALL_SETUP, CALL_ANSWER, CALL_RELEASE, MEASUREMENT, PAGE_RESPONSE -> callMessages.add(message);
                        case ACCESS_RIGHTS_REQUEST -> {
                            if (!subscriptions.pins.containsKey(ipui)) {
                                send(HandsetDownlink.newBuilder().setAccessRightsResult(AccessRightsResult.newBuilder()
                                        .setReason("no entry for this IPUI")).build());
                                return;
                            }
                            challenge(true);
                            send(HandsetDownlink.newBuilder().setRegistrationChallenge(RegistrationChallenge.newBuilder()
                                    .setTransactionId(transaction).setRs(ByteString.copyFrom(rs))
                                    .setRand(ByteString.copyFrom(rand))).build());
                        }
                        case LOCATION_REQUEST -> {
                            if (!subscriptions.keys.containsKey(ipui)) {
                                send(location(false, "not registered"));
                                return;
                            }
                            challenge(false);
                            send(HandsetDownlink.newBuilder().setAuthenticationChallenge(AuthenticationChallenge.newBuilder()
                                    .setTransactionId(transaction).setRand(ByteString.copyFrom(rand))).build());
                        }
                        case CHALLENGE_RESPONSE -> answer(message.getChallengeResponse().getTransactionId(),
                                message.getChallengeResponse().getRes().toByteArray());
                        default -> { }
                    }
                }

                private void challenge(boolean forRegistration) {
                    registration = forRegistration;
                    transaction = java.util.UUID.randomUUID().toString();
                    rs = AuthenticationKeys.randomChallenge();
                    rand = AuthenticationKeys.randomChallenge();
                }

                private void answer(String transactionId, byte[] res) {
                    if (!transactionId.equals(transaction)) {
                        return;
                    }
                    var handset = new Ipui(ipui);
                    if (registration) {
                        byte[] uak = AuthenticationKeys.deriveUak(subscriptions.pins.get(ipui), rs, handset);
                        boolean proven = AuthenticationKeys.verify(uak, rand, handset, res);
                        if (proven) {
                            subscriptions.keys.put(ipui, uak);
                        }
                        send(HandsetDownlink.newBuilder().setAccessRightsResult(AccessRightsResult.newBuilder()
                                .setAccepted(proven).setReason(proven ? "" : "wrong PIN")).build());
                    } else {
                        boolean proven = AuthenticationKeys.verify(subscriptions.keys.get(ipui), rand, handset, res);
                        if (proven) {
                            attaches.add(ipui);
                        }
                        send(location(proven, proven ? "" : "authentication failed"));
                    }
                }

                private HandsetDownlink location(boolean accepted, String reason) {
                    return HandsetDownlink.newBuilder().setLocationResult(LocationResult.newBuilder()
                            .setAccepted(accepted).setReason(reason)).build();
                }

                private void send(HandsetDownlink message) {
                    synchronized (downlink) {
                        try {
                            downlink.onNext(message);
                        } catch (RuntimeException gone) {
                            // the handset left
                        }
                    }
                }

                @Override
                public synchronized void onError(Throwable error) {
                    ended();
                }

                @Override
                public synchronized void onCompleted() {
                    ended();
                    downlink.onCompleted();
                }

                private void ended() {
                    if (ipui != null) {
                        open.remove(ipui);
                        streams.remove(ipui, downlink);
                    }
                }
            };
        }
    }
}
