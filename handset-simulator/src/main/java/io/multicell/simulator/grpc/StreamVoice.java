package io.multicell.simulator.grpc;

import io.multicell.simulator.air.AirListener;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.voice.VoiceSocket;
import java.net.InetSocketAddress;
import org.jboss.logging.Logger;

/**
 * The voice of one air stream: its token at the simulator's voice socket (announced in the Lock), and where its uplink
 * goes once the base named its voice port (VoicePath).
 */
final class StreamVoice {

    private static final Logger LOG = Logger.getLogger(StreamVoice.class);

    private final VoiceSocket socket;
    private final String airHost;
    private final long token;
    /** Set by the gRPC thread that receives VoicePath, read by the engine thread that sends. */
    private volatile InetSocketAddress uplinkTarget;
    private boolean droppedBeforePath;

    /** Registers the stream at {@code socket}: downlink frames with its token go to {@code listener} from now on. */
    StreamVoice(VoiceSocket socket, String airEndpoint, AirListener listener) {
        this.socket = socket;
        this.airHost = host(airEndpoint);
        this.token = socket.register(frame -> listener.onDownlink(AirMessages.voiceFrame(frame)));
    }

    String address() {
        return socket.address();
    }

    long token() {
        return token;
    }

    /** The base's VoicePath: its voice socket listens on {@code port} of the host of its air endpoint. */
    void pathAnnounced(int port) {
        if (port <= 0 || port > 65535) {
            LOG.debugf("ignoring VoicePath port %d from %s", port, airHost);
            return;
        }
        uplinkTarget = new InetSocketAddress(airHost, port);
    }

    /** Sends one uplink frame; before the base named its voice port there is nowhere to send it, and it is lost. */
    void send(Uplink.VoiceFrame frame) {
        var target = uplinkTarget;
        if (target == null) {
            if (!droppedBeforePath) {
                droppedBeforePath = true;
                LOG.debugf("uplink voice of call %s dropped: %s has not named its voice port yet", frame.callId(),
                        airHost);
            }
            return;
        }
        socket.sendUplink(target, AirMessages.voiceFrame(frame));
    }

    /** The stream ended: its downlink datagrams are dropped from now on. */
    void release() {
        socket.release(token);
    }

    /** "host:port" or "[v6]:port" → host. */
    static String host(String endpoint) {
        if (endpoint.startsWith("[")) {
            int end = endpoint.indexOf(']');
            return end < 0 ? endpoint : endpoint.substring(1, end);
        }
        int colon = endpoint.lastIndexOf(':');
        return colon < 0 ? endpoint : endpoint.substring(0, colon);
    }
}
