package io.multicell.sip.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.multicell.sip.kamailio.FreePorts;
import io.multicell.testing.sip.KamailioProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Kamailio, the gateway's SIP socket on a free port, and the gateway's DM client pointed at a free loopback
 * port where the test starts its {@link FakeRadioSide}; the gateway dials it again quickly after a break.
 */
public class CallsTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KamailioProcess kamailio;
    private static volatile int sipPort;
    private static volatile int radioPort;

    static KamailioProcess kamailio() {
        return kamailio;
    }

    static int sipPort() {
        return sipPort;
    }

    static int radioPort() {
        return radioPort;
    }

    @Override
    public Map<String, String> start() {
        kamailio = KamailioProcess.start(FreePorts.udp());
        sipPort = FreePorts.udp();
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            radioPort = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "multicell.sip.bind-address", "127.0.0.1",
                "multicell.sip.port", String.valueOf(sipPort),
                "quarkus.grpc.clients.dect-manager.host", "127.0.0.1",
                "quarkus.grpc.clients.dect-manager.port", String.valueOf(radioPort),
                // In test mode Quarkus dials a client's test-port instead of its port.
                "quarkus.grpc.clients.dect-manager.test-port", String.valueOf(radioPort),
                "multicell.sip.dm-reconnect-backoff-min", "100ms",
                "multicell.sip.dm-reconnect-backoff-max", "500ms",
                // A second of the session timer lasts 100 ms: a 90 s session is refreshed after 4.5 s.
                "multicell.sip.session-timer-second", "100ms",
                // The ACK of a 200 OK is given up after 3 s instead of 64 x T1 = 32 s.
                "multicell.sip.ack-wait", "3s");
    }

    @Override
    public void stop() {
        if (kamailio != null) {
            kamailio.close();
        }
    }
}
