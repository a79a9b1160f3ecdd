package io.multicell.sip.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.protobuf.ByteString;

import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.manager.v1.Bearer;
import io.multicell.proto.manager.v1.CallAlerting;
import io.multicell.proto.manager.v1.CallAnswered;
import io.multicell.proto.manager.v1.CallControlGrpc;
import io.multicell.proto.manager.v1.CallReleased;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.GatewayHello;
import io.multicell.proto.manager.v1.ManagerCallMessage;
import io.multicell.proto.manager.v1.MediaOnBearer;
import io.multicell.proto.manager.v1.OfferCall;
import io.multicell.proto.manager.v1.OutgoingProgress;
import io.multicell.proto.media.v1.Codec;
import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.RelayAccepted;
import io.multicell.proto.media.v1.RelayMessage;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.proto.media.v1.VoiceRelayGrpc;

/**
 * The radio side as the gateway sees it, on one real gRPC server of 127.0.0.1: a DECT manager (CallControl) whose
 * handsets answer at once or only ring, and a base (VoiceRelay, with its own UDP voice socket) that accepts every relay
 * leg at once, records every downlink datagram, and whose handset talks the simulator's test signal (uplink frame i
 * carries the big-endian index i in its first four bytes) as datagrams to the leg's uplink address. Before its first
 * frame it sends the gateway a datagram that is no VoiceDatagram and one for a call the gateway does not have: both
 * must be dropped without harm.
 */
final class FakeRadioSide implements AutoCloseable {

    static final String BASE_MAC = "7C:2F:80:00:00:01";
    static final int FRAME_BYTES = 160;

    private final int port;
    private Server server;
    private final ScheduledExecutorService talker = Executors.newScheduledThreadPool(2);
    private final DatagramSocket voice;
    private final Thread listener;

    // DM side.
    final List<GatewayHello> hellos = new CopyOnWriteArrayList<>();
    final List<OfferCall> offers = new CopyOnWriteArrayList<>();
    final List<CallReleased> releases = new CopyOnWriteArrayList<>();
    final List<OutgoingProgress> progress = new CopyOnWriteArrayList<>();
    final List<MediaOnBearer> mediaOnBearer = new CopyOnWriteArrayList<>();
    /** Handsets that answer at once; any other handset only rings. */
    final Set<String> answering = ConcurrentHashMap.newKeySet();
    /** Call a handset is in (offered and not released yet): as the DM, it answers another offer with busy. */
    final Map<String, String> inCall = new ConcurrentHashMap<>();
    private volatile StreamObserver<ManagerCallMessage> gateway;

    // Base side.
    final List<RelayOpen> relayOpens = new CopyOnWriteArrayList<>();
    /** Downlink frames per call. */
    final Map<String, List<VoiceFrame>> downlink = new ConcurrentHashMap<>();
    /** Uplink frames sent per call. */
    final Map<String, Integer> uplinkSent = new ConcurrentHashMap<>();
    /**
     * Keys (DTMF events 0..15) the handset of an IPUI presses in its next call, one every 10 frames from frame 10 on,
     * each as one frame with dtmf_event set in place of an audio frame.
     */
    final Map<String, List<Integer>> keyPresses = new ConcurrentHashMap<>();

    FakeRadioSide(int port) {
        this.port = port;
        try {
            voice = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener = new Thread(this::listen, "fake-base-voice");
        listener.setDaemon(true);
    }

    FakeRadioSide start() {
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(new Dm())
                    .addService(new Base())
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.start();
        return this;
    }

    private void listen() {
        var buffer = new byte[2048];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!voice.isClosed()) {
            try {
                packet.setLength(buffer.length);
                voice.receive(packet);
                var datagram = VoiceDatagram.parser().parseFrom(buffer, 0, packet.getLength());
                if (datagram.getDirection() == Direction.DOWNLINK) {
                    downlink.computeIfAbsent(datagram.getFrame().getCallId(), id -> new CopyOnWriteArrayList<>()).add(datagram.getFrame());
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void sendVoice(byte[] datagram, InetSocketAddress to) {
        try {
            voice.send(new DatagramPacket(datagram, datagram.length, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Bearer bearer() {
        return Bearer.newBuilder().setBaseMac(BASE_MAC).setRelayEndpoint("127.0.0.1:" + port).build();
    }

    boolean connected() {
        return gateway != null;
    }

    synchronized void send(ManagerCallMessage message) {
        gateway.onNext(message);
    }

    List<VoiceFrame> downlink(String callId) {
        return downlink.getOrDefault(callId, List.of());
    }

    /** The keys the handset got in a call: downlink frames with dtmf_event set. */
    List<Integer> keysReceived(String callId) {
        return downlink(callId).stream().filter(frame -> frame.getDtmfEvent() >= 0).map(VoiceFrame::getDtmfEvent).toList();
    }

    /** The index of the test signal a frame carries. */
    static int index(VoiceFrame frame) {
        return frame.getPayload().asReadOnlyByteBuffer().getInt(0);
    }

    @Override
    public void close() {
        talker.shutdownNow();
        server.shutdownNow();
        voice.close();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Dm extends CallControlGrpc.CallControlImplBase {

        @Override
        public StreamObserver<GatewayCallMessage> connect(StreamObserver<ManagerCallMessage> responses) {
            gateway = responses;
            inCall.clear(); // a new link: the DM has released the calls of the old one
            return new StreamObserver<>() {
                @Override
                public void onNext(GatewayCallMessage message) {
                    switch (message.getMessageCase()) {
                        case HELLO -> hellos.add(message.getHello());
                        case OFFER -> offered(message.getOffer());
                        case RELEASED -> {
                            releases.add(message.getReleased());
                            inCall.values().remove(message.getReleased().getCallId());
                        }
                        case PROGRESS -> progress.add(message.getProgress());
                        case MEDIA_ON_BEARER -> mediaOnBearer.add(message.getMediaOnBearer());
                        default -> {
                        }
                    }
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onCompleted() {
                    responses.onCompleted();
                }
            };
        }

        private void offered(OfferCall offer) {
            offers.add(offer);
            if (inCall.putIfAbsent(offer.getIpui(), offer.getCallId()) != null) {
                send(ManagerCallMessage.newBuilder().setReleased(CallReleased.newBuilder().setCallId(offer.getCallId())
                        .setCause(io.multicell.proto.air.v1.ReleaseCause.BUSY).setSipStatus(486).setReason("handset busy")).build());
                return;
            }
            send(ManagerCallMessage.newBuilder().setAlerting(CallAlerting.newBuilder().setCallId(offer.getCallId()).setBearer(bearer()))
                    .build());
            if (answering.contains(offer.getIpui())) {
                send(ManagerCallMessage.newBuilder().setAnswered(CallAnswered.newBuilder().setCallId(offer.getCallId()).setBearer(bearer()))
                        .build());
            }
        }
    }

    private final class Base extends VoiceRelayGrpc.VoiceRelayImplBase {

        @Override
        public StreamObserver<RelayMessage> relay(StreamObserver<RelayMessage> toGateway) {
            return new StreamObserver<>() {
                private ScheduledFuture<?> talking;

                @Override
                public void onNext(RelayMessage message) {
                    if (message.hasOpen()) {
                        var open = message.getOpen();
                        relayOpens.add(open);
                        var uplink = socketAddress(open.getUplinkAddress());
                        toGateway.onNext(RelayMessage.newBuilder().setAccepted(RelayAccepted.newBuilder().setVoicePort(voice.getLocalPort()))
                                .build());
                        sendVoice(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01}, uplink);
                        sendVoice(VoiceDatagram.newBuilder().setDirection(Direction.UPLINK).setFrame(VoiceFrame.newBuilder()
                                .setCallId("no-such-call").setCodec(Codec.PCMA).setDtmfEvent(-1)).build().toByteArray(), uplink);
                        var keys = keyPresses.remove(open.getIpui());
                        talking = talker.scheduleAtFixedRate(new Talk(open.getCallId(), uplink, keys == null ? List.of() : keys),
                                0, 20, TimeUnit.MILLISECONDS);
                    }
                }

                @Override
                public void onError(Throwable t) {
                    stop();
                }

                @Override
                public void onCompleted() {
                    stop();
                    toGateway.onCompleted();
                }

                private void stop() {
                    if (talking != null) {
                        talking.cancel(false);
                    }
                }
            };
        }
    }

    private static InetSocketAddress socketAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    }

    /** The handset's test signal, one frame per 20 ms. */
    private final class Talk implements Runnable {

        private final String callId;
        private final InetSocketAddress uplink;
        private final List<Integer> keys;
        private int index;

        Talk(String callId, InetSocketAddress uplink, List<Integer> keys) {
            this.callId = callId;
            this.uplink = uplink;
            this.keys = keys;
        }

        @Override
        public void run() {
            var payload = ByteBuffer.allocate(FRAME_BYTES).putInt(index);
            while (payload.hasRemaining()) {
                payload.put((byte) 0x55);
            }
            int key = index >= 10 && index % 10 == 0 && index / 10 - 1 < keys.size() ? keys.get(index / 10 - 1) : -1;
            var frame = key >= 0
                    ? VoiceFrame.newBuilder().setCallId(callId).setSequence(index).setCodec(Codec.PCMA).setDtmfEvent(key).build()
                    : VoiceFrame.newBuilder().setCallId(callId).setSequence(index).setCodec(Codec.PCMA)
                            .setPayload(ByteString.copyFrom(payload.array())).setDtmfEvent(-1).build();
            var datagram = VoiceDatagram.newBuilder().setDirection(Direction.UPLINK).setFrame(frame).build().toByteArray();
            sendVoice(datagram, uplink);
            // Every third frame twice, as a second bearer would deliver it: the PBX must get it once.
            if (index % 3 == 0) {
                sendVoice(datagram, uplink);
            }
            uplinkSent.merge(callId, 1, Integer::sum);
            index++;
        }
    }
}
