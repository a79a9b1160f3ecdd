package io.multicell.integrator.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Free loopback ports for the integrator under test: where it finds the (fake) DM and SIP gateway and where it serves
 * gRPC. The tests start {@link FakeDectManager} and {@link FakeSipGateway} on those ports themselves, so the test and
 * the fakes share one class loader.
 */
public class IntegratorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DM_PORT = "quarkus.grpc.clients.dect-manager.port";
    /** Without it Quarkus points every gRPC client of a test at the application's own gRPC test port. */
    public static final String DM_TEST_PORT = "quarkus.grpc.clients.dect-manager.test-port";
    public static final String GRPC_PORT = "quarkus.grpc.server.test-port";
    public static final String SIP_PORT = "quarkus.grpc.clients.sip-gateway.port";
    public static final String SIP_TEST_PORT = "quarkus.grpc.clients.sip-gateway.test-port";
    public static final String HTTPS_TEST_PORT = "quarkus.http.test-ssl-port";

    @Override
    public Map<String, String> start() {
        String dmPort = Integer.toString(freePort());
        String sipPort = Integer.toString(freePort());
        return Map.ofEntries(
                Map.entry("quarkus.grpc.clients.dect-manager.host", "127.0.0.1"),
                Map.entry(DM_PORT, dmPort),
                Map.entry(DM_TEST_PORT, dmPort),
                Map.entry("quarkus.grpc.clients.sip-gateway.host", "127.0.0.1"),
                Map.entry(SIP_PORT, sipPort),
                Map.entry(SIP_TEST_PORT, sipPort),
                Map.entry(GRPC_PORT, Integer.toString(freePort())),
                Map.entry(HTTPS_TEST_PORT, Integer.toString(freePort())));
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
