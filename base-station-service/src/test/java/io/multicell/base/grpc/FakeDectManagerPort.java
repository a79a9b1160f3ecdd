package io.multicell.base.grpc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the base at a free loopback port for the fake DM and speeds up its timers. The fake DM itself is started by
 * the test: the base keeps dialling until something answers, as it would in the field.
 */
public class FakeDectManagerPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port;
        try (var probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.grpc.clients.dect-manager.host", "127.0.0.1",
                "quarkus.grpc.clients.dect-manager.port", Integer.toString(port),
                // In test mode Quarkus dials a client's test-port instead of its port.
                "quarkus.grpc.clients.dect-manager.test-port", Integer.toString(port),
                "multicell.base.mac", "7C:2F:80:00:00:2A",
                "multicell.base.position-x", "20",
                "multicell.base.position-y", "5.5",
                "multicell.base.heartbeat-interval", "200ms",
                "multicell.base.reboot-duration", "300ms");
    }

    @Override
    public void stop() {
        // nothing held
    }
}
