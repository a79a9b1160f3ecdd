package io.multicell.simulator.service;

import io.multicell.testing.PostgresTestDatabase;
import io.multicell.testing.ServerPorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The simulator's real peers for a test run: a fresh PostgreSQL database (dropped afterwards) and a free loopback port
 * for the DM, which the test plays with a real gRPC server ({@link FakeDectManager}).
 */
public class SimulatorTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresTestDatabase database;

    @Override
    public Map<String, String> start() {
        database = PostgresTestDatabase.create("handset_simulator");
        // Below the ephemeral range: a test restarts its fake DM on this port while the simulator redials it.
        int dmPort = ServerPorts.freeBelowEphemeralRange();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", "",
                "quarkus.grpc.clients.dect-manager.host", "127.0.0.1",
                "quarkus.grpc.clients.dect-manager.port", Integer.toString(dmPort),
                // In test mode Quarkus dials a client's test-port instead of its port.
                "quarkus.grpc.clients.dect-manager.test-port", Integer.toString(dmPort),
                "multicell.simulator.base-list-interval", "200ms",
                "multicell.simulator.procedure-timeout", "5S");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.drop();
        }
    }
}
