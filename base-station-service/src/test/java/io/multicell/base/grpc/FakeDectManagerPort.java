package io.multicell.base.grpc;

import io.multicell.testing.ServerPorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the base at a free loopback port for the fake DM and speeds up its timers. The fake DM itself is started by
 * the test: the base keeps dialling until something answers, as it would in the field.
 */
public class FakeDectManagerPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        // Below the ephemeral range: tests stop and restart the fake DM on its port while the base redials it. The air
        // port is the base's own gRPC server: handsets of the tests dial its AirInterface there, and the base reports
        // it in Hello.air_endpoint.
        int port = ServerPorts.freeBelowEphemeralRange();
        int airPort;
        do {
            airPort = ServerPorts.freeBelowEphemeralRange();
        } while (airPort == port);
        return Map.ofEntries(
                Map.entry("quarkus.grpc.server.test-port", Integer.toString(airPort)),
                Map.entry("quarkus.grpc.clients.dect-manager.host", "127.0.0.1"),
                Map.entry("quarkus.grpc.clients.dect-manager.port", Integer.toString(port)),
                // In test mode Quarkus dials a client's test-port instead of its port.
                Map.entry("quarkus.grpc.clients.dect-manager.test-port", Integer.toString(port)),
                Map.entry("multicell.base.mac", "7C:2F:80:00:00:2A"),
                Map.entry("multicell.base.position-x", "20"),
                Map.entry("multicell.base.position-y", "5.5"),
                Map.entry("multicell.base.heartbeat-interval", "200ms"),
                Map.entry("multicell.base.reboot-duration", "300ms"),
                Map.entry("multicell.base.dm-call-timeout", "2S"));
    }

    @Override
    public void stop() {
        // nothing held
    }
}
