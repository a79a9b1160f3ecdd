package io.multicell.cluster;

import io.multicell.core.radio.FloorPosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology of the mini multicell: integrator, DECT manager, SIP gateway, three base stations and the handset
 * simulator, each a Quarkus application configured only by environment (docs/architecture.md).
 */
public final class MiniMulticell {

    /** Service name of the handset simulator. */
    public static final String HANDSET_SIMULATOR = "handset-simulator";

    /**
     * The default floor plan: LocalBS at the origin, two bases 20 m east and 20 m north of it. Every pair is within
     * the ~40 m over which the office radio model lets a base synchronise to another (the far pair is 28 m apart).
     */
    public static final List<BasePlacement> FLOOR_PLAN = List.of(
            new BasePlacement(1, new FloorPosition(0, 0), true),
            new BasePlacement(2, new FloorPosition(20, 0), false),
            new BasePlacement(3, new FloorPosition(0, 20), false));

    private MiniMulticell() {
    }

    /** Integrator, dect-manager, sip-gateway, base-station-1..3, handset-simulator, in this order. */
    public static List<ServiceSpec> services(Path repoRoot, PortPlan ports, String jdbcUrl, String kafkaBootstrap) {
        return services(repoRoot, ports, jdbcUrl, kafkaBootstrap, FLOOR_PLAN);
    }

    /** As {@link #services(Path, PortPlan, String, String)} with the bases of {@code floorPlan} (e.g. a {@link BaseGrid}). */
    public static List<ServiceSpec> services(Path repoRoot, PortPlan ports, String jdbcUrl, String kafkaBootstrap,
            List<BasePlacement> floorPlan) {
        var services = new ArrayList<ServiceSpec>();
        services.add(integrator(repoRoot, ports, jdbcUrl, kafkaBootstrap));
        services.add(dectManager(repoRoot, ports, jdbcUrl, kafkaBootstrap));
        services.add(sipGateway(repoRoot, ports, kafkaBootstrap));
        for (BasePlacement base : floorPlan) {
            services.add(base(repoRoot, ports, base.n(), base.position().x(), base.position().y(), base.local()));
        }
        services.add(handsetSimulator(repoRoot, ports, jdbcUrl));
        return List.copyOf(services);
    }

    public static ServiceSpec integrator(Path repoRoot, PortPlan ports, String jdbcUrl, String kafkaBootstrap) {
        var env = ports(ports.integratorHttp(), ports.integratorGrpc());
        env.put("QUARKUS_HTTP_SSL_PORT", Integer.toString(ports.integratorHttps()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.putAll(dectManagerAddress(ports));
        env.put("QUARKUS_GRPC_CLIENTS_SIP_GATEWAY_HOST", "127.0.0.1");
        env.put("QUARKUS_GRPC_CLIENTS_SIP_GATEWAY_PORT", Integer.toString(ports.sipGrpc()));
        // Simulation: the live floor plan shows where the virtual handsets are and moves them.
        env.put("MULTICELL_INTEGRATOR_SIMULATOR_URL", "http://127.0.0.1:" + ports.simulatorHttp());
        return new ServiceSpec("integrator", runJar(repoRoot, "integrator-service"), ports.integratorHttp(), env);
    }

    public static ServiceSpec dectManager(Path repoRoot, PortPlan ports, String jdbcUrl, String kafkaBootstrap) {
        var env = ports(ports.dmHttp(), ports.dmGrpc());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        return new ServiceSpec("dect-manager", runJar(repoRoot, "dect-manager-service"), ports.dmHttp(), env);
    }

    public static ServiceSpec sipGateway(Path repoRoot, PortPlan ports, String kafkaBootstrap) {
        var env = ports(ports.sipHttp(), ports.sipGrpc());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("MULTICELL_SIP_PORT", Integer.toString(ports.sipSignalling()));
        env.putAll(dectManagerAddress(ports)); // call control: the gateway dials out to the DM
        return new ServiceSpec("sip-gateway", runJar(repoRoot, "sip-gateway-service"), ports.sipHttp(), env);
    }

    /** Base station instance {@code n} (MAC 7C:2F:80:00:00:0n) installed at (x, y); more than three may be started. */
    public static ServiceSpec base(Path repoRoot, PortPlan ports, int n, double x, double y, boolean local) {
        var position = new FloorPosition(x, y); // refuses a position off the floor plan
        var env = ports(ports.baseHttp(n), ports.baseGrpc(n));
        env.putAll(dectManagerAddress(ports));
        env.put("MULTICELL_BASE_INSTANCE", Integer.toString(n));
        env.put("MULTICELL_BASE_POSITION_X", Double.toString(position.x()));
        env.put("MULTICELL_BASE_POSITION_Y", Double.toString(position.y()));
        env.put("MULTICELL_BASE_LOCAL", Boolean.toString(local));
        return new ServiceSpec("base-station-" + n, runJar(repoRoot, "base-station-service"), ports.baseHttp(n), env);
    }

    /**
     * The handset simulator: virtual handsets on the same floor plan (it reads the bases from the DM), kept in the
     * shared database (schema handset_simulator).
     */
    public static ServiceSpec handsetSimulator(Path repoRoot, PortPlan ports, String jdbcUrl) {
        var env = ports(ports.simulatorHttp(), ports.simulatorGrpc());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.putAll(dectManagerAddress(ports));
        return new ServiceSpec(HANDSET_SIMULATOR, runJar(repoRoot, "handset-simulator"), ports.simulatorHttp(), env);
    }

    /** Where the Maven build puts the runnable jar of a Quarkus module. */
    public static Path runJar(Path repoRoot, String module) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Map<String, String> ports(int http, int grpc) {
        var env = new LinkedHashMap<String, String>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(http));
        env.put("QUARKUS_GRPC_SERVER_PORT", Integer.toString(grpc));
        return env;
    }

    private static Map<String, String> dectManagerAddress(PortPlan ports) {
        return Map.of(
                "QUARKUS_GRPC_CLIENTS_DECT_MANAGER_HOST", "127.0.0.1",
                "QUARKUS_GRPC_CLIENTS_DECT_MANAGER_PORT", Integer.toString(ports.dmGrpc()));
    }
}
