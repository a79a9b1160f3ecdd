package io.multicell.sip.media;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import com.google.protobuf.ByteString;

import io.multicell.proto.media.v1.Direction;
import io.multicell.proto.media.v1.RelayOpen;
import io.multicell.proto.media.v1.VoiceDatagram;
import io.multicell.proto.media.v1.VoiceFrame;
import io.multicell.sip.stack.TosNetworkLayer;

/**
 * The RTP end of one call towards the PBX and its relay legs towards the bases.
 *
 * <p>An RTP/RTCP port pair (even port for RTP, the next one for RTCP, which is only held) is bound when the call is
 * created. Symmetric RTP: the gateway sends from the port it advertised to the address and port of the far end's
 * SDP. Downlink: the audio of the RTP packets from the PBX is cut into 20 ms radio frames, each one {@link VoiceFrame}
 * (the call's downlink sequence from 0; a 20 ms packet passes unchanged) serialised once as a {@link VoiceDatagram} and
 * sent to every leg the base has accepted; a leg accepted later (the new base of a handover) gets the latest frame at
 * once, so that it does not wait for the PBX's next packet. Uplink: frames the bases send to the gateway's
 * {@link VoiceSocket} for this call, copies dropped by sequence number, are cut into RTP packets of the profile's
 * ptime ({@link RtpPacketisation}: two
 * packets per frame at 10 ms, two per three frames at 30 ms) with the gateway's own SSRC, sequence and timestamp
 * (+ payload length: one RTP clock tick per byte). No byte is dropped or reordered by the re-cutting.
 * Key presses ({@code VoiceFrame.dtmf_event} 0..15, -1 is audio) travel as the call's {@link DtmfTransmission} says: an
 * uplink key press becomes one RFC 4733 event (start, update, end three times, one timestamp) or an INFO sent by the
 * call ({@link Events#keyPressed}); the far end's events become one downlink key frame per event (its first packet),
 * as do the digits of its INFO ({@link #deliverKey}). Audio: key frames are not relayed.
 */
public final class MediaAnchor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MediaAnchor.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 64;

    /** What the anchor reports to the call. */
    public interface Events {
        /**
         * The first downlink frame went out on a leg that asked for it (a bearer added for a handover): the base has
         * accepted the leg (it feeds the bearer) and a frame was sent to it.
         */
        void firstFrameOnBearer(String callId, String baseMac);

        /** The handset pressed a key and the call sends its digits by SIP INFO. */
        default void keyPressed(String callId, int event) {
        }
    }

    private final String callId;
    private final String ipui;
    private final DatagramSocket rtp;
    private final DatagramSocket rtcp;
    private final RelayConnector connector;
    private final Events events;
    private final Map<String, Leg> legs = new ConcurrentHashMap<>();
    private final AtomicLong downlinkSequence = new AtomicLong();
    /** The last downlink datagram built (guarded by this): what a newly accepted leg gets at once. */
    private byte[] latestDownlink;
    private final SequenceFilter uplinkFilter = new SequenceFilter();
    private final long ssrc = RANDOM.nextInt() & 0xffffffffL;
    private int uplinkSequence = RANDOM.nextInt(0x10000);
    private long uplinkTimestamp = RANDOM.nextInt() & 0xffffffffL;
    private boolean firstUplink = true;
    private final TelephoneEvents.Receiver farEndKeys = new TelephoneEvents.Receiver();
    /** Downlink audio into radio frames (receiver thread only). */
    private final Packetiser downlinkFrames = RtpPacketisation.radioFrames().packetiser();
    /** Uplink audio into packets of the call's ptime (guarded by this). */
    private Packetiser uplinkPackets = RtpPacketisation.radioFrames().packetiser();
    private RtpPacketisation uplinkPacketisation = RtpPacketisation.radioFrames();
    private volatile Stream stream;
    private volatile boolean closed;
    private Thread receiver;

    /** What flows once both ends agreed: far end, codec and how digits travel. */
    private record Stream(InetSocketAddress remote, NegotiatedCodec codec, DtmfTransmission dtmf) {
        OptionalInt telephoneEvent() {
            return dtmf.telephoneEvent();
        }
    }

    /** One leg, whether the base accepted it, and whether its first frame must be reported (all guarded by the anchor). */
    private static final class Leg {
        final boolean reportFirstFrame;
        RelayLeg relay;
        boolean accepted;
        boolean framed;

        Leg(boolean reportFirstFrame) {
            this.reportFirstFrame = reportFirstFrame;
        }
    }

    private MediaAnchor(String callId, String ipui, DatagramSocket rtp, DatagramSocket rtcp, RelayConnector connector, Events events) {
        this.callId = callId;
        this.ipui = ipui;
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.connector = connector;
        this.events = events;
    }

    /**
     * Binds an RTP/RTCP port pair on {@code bindAddress}, marked with the RTP DiffServ code point.
     *
     * @throws IOException when no pair is free
     */
    public static MediaAnchor bind(String callId, String ipui, InetAddress bindAddress, int rtpDscp, RelayConnector connector,
            Events events) throws IOException {
        return bind(callId, ipui, bindAddress, RtpPortRange.ANY, rtpDscp, connector, events);
    }

    /**
     * Binds an RTP/RTCP port pair within {@code ports} (starting at a random pair, so that calls spread over the range),
     * marked with the RTP DiffServ code point.
     *
     * @throws IOException when no pair is free
     */
    public static MediaAnchor bind(String callId, String ipui, InetAddress bindAddress, RtpPortRange ports, int rtpDscp,
            RelayConnector connector, Events events) throws IOException {
        if (!ports.isAny()) {
            int pairs = ports.pairs();
            int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(pairs);
            for (int i = 0; i < pairs; i++) {
                int port = ports.rtpPort((first + i) % pairs);
                DatagramSocket rtp;
                try {
                    rtp = new DatagramSocket(new InetSocketAddress(bindAddress, port));
                } catch (SocketException busy) {
                    continue;
                }
                try {
                    var rtcp = new DatagramSocket(new InetSocketAddress(bindAddress, port + 1));
                    mark(rtp, rtpDscp);
                    mark(rtcp, rtpDscp);
                    return attached(new MediaAnchor(callId, ipui, rtp, rtcp, connector, events), rtpDscp);
                } catch (SocketException busy) {
                    rtp.close();
                }
            }
            throw new IOException("no free RTP/RTCP port pair in " + ports.min() + ".." + ports.max() + " on "
                    + bindAddress.getHostAddress());
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var rtp = new DatagramSocket(new InetSocketAddress(bindAddress, 0));
            int port = rtp.getLocalPort();
            if (port % 2 != 0 || port == 65534) {
                rtp.close();
                continue;
            }
            DatagramSocket rtcp;
            try {
                rtcp = new DatagramSocket(new InetSocketAddress(bindAddress, port + 1));
            } catch (SocketException e) {
                rtp.close();
                continue;
            }
            mark(rtp, rtpDscp);
            mark(rtcp, rtpDscp);
            return attached(new MediaAnchor(callId, ipui, rtp, rtcp, connector, events), rtpDscp);
        }
        throw new IOException("no free RTP/RTCP port pair on " + bindAddress.getHostAddress() + " after " + ATTEMPTS + " attempts");
    }

    // The bases send the call's uplink to the gateway's voice socket, which finds the anchor by call id.
    private static MediaAnchor attached(MediaAnchor anchor, int rtpDscp) {
        anchor.connector.attach(anchor.callId, anchor, rtpDscp);
        return anchor;
    }

    private static void mark(DatagramSocket socket, int dscp) {
        try {
            socket.setTrafficClass(TosNetworkLayer.trafficClassOf(dscp));
        } catch (SocketException e) {
            LOG.debugf("RTP ToS %d not applied: %s", dscp, e.getMessage());
        }
    }

    /** The RTP port advertised in SDP. */
    public int port() {
        return rtp.getLocalPort();
    }

    /** Starts the RTP stream towards the far end of the SDP with the agreed codec and way of sending digits, 20 ms packets. */
    public void start(InetSocketAddress remote, NegotiatedCodec codec, DtmfTransmission dtmf) {
        start(remote, codec, dtmf, RtpPacketisation.radioFrames());
    }

    /**
     * Starts (or, after a re-INVITE, redirects) the RTP stream towards the far end of the SDP with the agreed codec, way
     * of sending digits and packetisation of what the gateway sends.
     */
    public synchronized void start(InetSocketAddress remote, NegotiatedCodec codec, DtmfTransmission dtmf,
            RtpPacketisation packetisation) {
        if (!packetisation.equals(uplinkPacketisation)) {
            uplinkPacketisation = packetisation;
            uplinkPackets = packetisation.packetiser();
        }
        stream = new Stream(remote, codec, dtmf);
        if (receiver == null && !closed) {
            receiver = new Thread(this::receive, "rtp-" + port());
            receiver.setDaemon(true);
            receiver.start();
            LOG.debugf("call %s: RTP %d <-> %s, %s, DTMF %s, ptime %d ms", callId, port(), remote, codec, dtmf,
                    packetisation.ptimeMs());
        }
    }

    /**
     * Relays to this base from now on (a second leg during a handover), once the base accepts the leg; reports the
     * first frame sent to it when asked.
     */
    // Synchronized: the base's answer may come on a gRPC thread before open() returns; it waits for the leg to be in place.
    public synchronized void addLeg(String baseMac, String relayEndpoint, boolean reportFirstFrame) {
        if (closed || legs.containsKey(baseMac)) {
            return;
        }
        var leg = new Leg(reportFirstFrame);
        legs.put(baseMac, leg);
        try {
            leg.relay = connector.open(relayEndpoint, RelayOpen.newBuilder().setCallId(callId).setIpui(ipui).build(), new RelayLeg.Listener() {
                @Override
                public void accepted() {
                    legAccepted(baseMac, leg);
                }

                @Override
                public void ended(String why) {
                    if (legs.remove(baseMac, leg)) {
                        LOG.infof("call %s: leg to %s ended: %s", callId, baseMac, why);
                    }
                }
            });
        } catch (RuntimeException e) {
            legs.remove(baseMac, leg);
            throw e;
        }
    }

    /** Stops relaying to this base. */
    public synchronized void removeLeg(String baseMac) {
        var leg = legs.remove(baseMac);
        if (leg != null) {
            leg.relay.close();
        }
    }

    // The base feeds the bearer: the latest frame goes at once (the handset drops it if the other bearer brought it),
    // so a handover's new base does not wait up to a packet time of the PBX for its first frame.
    private synchronized void legAccepted(String baseMac, Leg leg) {
        if (closed || legs.get(baseMac) != leg || leg.accepted) {
            return;
        }
        leg.accepted = true;
        LOG.debugf("call %s: base %s accepted the leg", callId, baseMac);
        if (latestDownlink != null) {
            sendOn(baseMac, leg, latestDownlink);
        }
    }

    private void receive() {
        var buffer = new byte[2048];
        var packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                rtp.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.debugf("call %s: RTP receive failed: %s", callId, e.getMessage());
                }
                return;
            }
            RtpPacket.parse(buffer, packet.getLength()).ifPresent(this::downlink);
        }
    }

    private void downlink(RtpPacket packet) {
        var current = stream;
        if (current == null) {
            return;
        }
        if (current.telephoneEvent().isPresent() && packet.payloadType() == current.telephoneEvent().getAsInt()) {
            var key = farEndKeys.keyOf(packet);
            if (key.isEmpty()) {
                return; // an update or a repeated end of a key already relayed
            }
            toLegs(VoiceFrame.newBuilder().setCallId(callId).setCodec(current.codec().codec().wire()).setDtmfEvent(key.get())
                    .setPayload(ByteString.copyFrom(packet.payload())));
        } else if (packet.payloadType() == current.codec().payloadType()) {
            // Whatever the PBX's ptime, the handset gets 20 ms frames.
            for (byte[] audio : downlinkFrames.add(packet.payload())) {
                toLegs(VoiceFrame.newBuilder().setCallId(callId).setCodec(current.codec().codec().wire()).setDtmfEvent(-1)
                        .setPayload(ByteString.copyFrom(audio)));
            }
        }
        // else comfort noise or a codec not agreed
    }

    /** A digit the far end sent outside RTP (SIP INFO): one key frame to the handset. */
    public void deliverKey(int event) {
        var current = stream;
        if (current == null || closed) {
            return;
        }
        toLegs(VoiceFrame.newBuilder().setCallId(callId).setCodec(current.codec().codec().wire()).setDtmfEvent(event)
                .setPayload(ByteString.copyFrom(TelephoneEvents.payload(event, true, TelephoneEvents.KEY_PRESS_DURATION))));
    }

    // Synchronized: RTP packets (receiver thread), INFO digits (calls thread) and accepted legs (gRPC threads) share the
    // downlink sequence and the latest frame; a leg never gets a frame older than one it already got.
    private synchronized void toLegs(VoiceFrame.Builder frame) {
        var built = frame.setSequence(downlinkSequence.getAndIncrement()).build();
        latestDownlink = VoiceDatagram.newBuilder().setDirection(Direction.DOWNLINK).setFrame(built).build().toByteArray();
        legs.forEach((baseMac, leg) -> {
            if (leg.accepted) {
                sendOn(baseMac, leg, latestDownlink);
            }
        });
    }

    private void sendOn(String baseMac, Leg leg, byte[] datagram) {
        leg.relay.send(datagram);
        if (!leg.framed) {
            leg.framed = true;
            if (leg.reportFirstFrame) {
                events.firstFrameOnBearer(callId, baseMac);
            }
        }
    }

    /** An uplink frame of the call (from the voice socket's thread): the first copy of its sequence number goes to the PBX. */
    void uplink(VoiceFrame frame) {
        var current = stream;
        if (current == null || closed) {
            return;
        }
        int key = frame.getDtmfEvent();
        // A key frame carries no audio (at most an RFC 4733 payload): a sender that left dtmf_event at proto3's 0 on
        // an audio frame does not turn its voice into key 0.
        boolean keyPress = key >= 0 && key <= 15 && frame.getPayload().size() <= TelephoneEvents.PAYLOAD;
        List<byte[]> datagrams = new ArrayList<>();
        synchronized (this) {
            if (!uplinkFilter.firstCopy(frame.getSequence())) {
                return;
            }
            if (!keyPress) {
                for (byte[] payload : uplinkPackets.add(frame.getPayload().toByteArray())) {
                    datagrams.add(audioPacket(current, payload));
                }
            } else if (current.dtmf().kind() == DtmfTransmission.Kind.RFC2833) {
                // The audio before the key leaves first, in a shorter packet if it does not fill one.
                uplinkPackets.flush().ifPresent(rest -> datagrams.add(audioPacket(current, rest)));
                boolean first = true;
                for (byte[] payload : TelephoneEvents.keyPress(key)) {
                    datagrams.add(rtp(current.dtmf().payloadType(), payload, first));
                    first = false;
                }
                // The key press took the place of one audio frame.
                uplinkTimestamp = (uplinkTimestamp + TelephoneEvents.PACKET_DURATION) & 0xffffffffL;
            }
        }
        if (keyPress) {
            switch (current.dtmf().kind()) {
                case SIP_INFO -> events.keyPressed(callId, key);
                case AUDIO -> LOG.debugf("call %s: key %s not relayed (DTMF as audio)", callId, TelephoneEvents.key(key));
                case RFC2833 -> LOG.debugf("call %s: key %s as telephone-event", callId, TelephoneEvents.key(key));
            }
        }
        for (byte[] datagram : datagrams) {
            try {
                rtp.send(new DatagramPacket(datagram, datagram.length, current.remote()));
            } catch (IOException e) {
                LOG.debugf("call %s: RTP to %s not sent: %s", callId, current.remote(), e.getMessage());
            }
        }
    }

    private byte[] audioPacket(Stream current, byte[] payload) {
        byte[] packet = rtp(current.codec().payloadType(), payload, firstUplink);
        uplinkTimestamp = (uplinkTimestamp + payload.length) & 0xffffffffL;
        return packet;
    }

    // The marker bit: the first packet of the stream, and the first packet of each event (RFC 4733 2.5.1.3).
    private byte[] rtp(int payloadType, byte[] payload, boolean marker) {
        var packet = new RtpPacket(payloadType, marker || firstUplink, uplinkSequence, uplinkTimestamp, ssrc, payload);
        firstUplink = false;
        uplinkSequence = (uplinkSequence + 1) & 0xffff;
        return packet.toBytes();
    }

    /** Closes every leg and the sockets; the call takes no more uplink. */
    @Override
    public synchronized void close() {
        closed = true;
        connector.detach(callId, this);
        legs.values().forEach(leg -> leg.relay.close());
        legs.clear();
        rtp.close();
        rtcp.close();
    }
}
