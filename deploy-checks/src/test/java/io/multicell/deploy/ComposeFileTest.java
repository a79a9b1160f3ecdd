package io.multicell.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.multicell.cluster.MiniMulticell;
import io.multicell.cluster.PortPlan;
import io.multicell.cluster.ServiceSpec;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/docker-compose: valid for docker-compose, and the same mini multicell as the local launcher (the services of
 * MiniMulticell, their ports published under the launcher's numbers, their environment with peers found by service
 * name instead of 127.0.0.1).
 */
class ComposeFileTest {

    private static final Path DIR = Repository.deploy("docker-compose");
    private static final String FILE = "docker-compose.yml";
    /** Inside the compose network: the addresses the launcher gives as 127.0.0.1. */
    private static final String JDBC_URL = "jdbc:postgresql://postgres:5432/multicell";
    private static final String KAFKA = "kafka:9092";
    private static final Map<String, String> HOST_OF_CLIENT = Map.of(
            "QUARKUS_GRPC_CLIENTS_DECT_MANAGER_HOST", "dect-manager",
            "QUARKUS_GRPC_CLIENTS_SIP_GATEWAY_HOST", "sip-gateway");
    /** URLs of peers: the launcher's 127.0.0.1 with its port, the service name with the standard port in compose. */
    private static final Map<String, String> URL_OF_CLIENT = Map.of(
            "MULTICELL_INTEGRATOR_SIMULATOR_URL", "http://handset-simulator:8085");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void resolveTheFile() {
        String resolved = DeployTool.DOCKER_COMPOSE.run(DIR, "-f", FILE, "--profile", "pbx", "config").succeeded().stdout();
        Map<String, Object> config = new KubernetesSerialization().unmarshal(resolved, Map.class);
        services = (Map<String, Map<String, Object>>) config.get("services");
    }

    private static List<ServiceSpec> launcherServices() {
        return MiniMulticell.services(Repository.root(), new PortPlan(0), JDBC_URL, KAFKA);
    }

    @Test
    void composeFileIsValidWithAndWithoutThePbxProfile() {
        DeployTool.DOCKER_COMPOSE.run(DIR, "-f", FILE, "config", "-q").succeeded();
        DeployTool.DOCKER_COMPOSE.run(DIR, "-f", FILE, "--profile", "pbx", "config", "-q").succeeded();
    }

    @Test
    void composeRunsEveryLauncherServiceAndOnlyInfrastructureBesides() {
        Set<String> launcher = new LinkedHashSet<>();
        launcherServices().forEach(spec -> launcher.add(spec.name()));
        assertThat(services.keySet()).containsAll(launcher);
        Set<String> others = new LinkedHashSet<>(services.keySet());
        others.removeAll(launcher);
        assertThat(others).containsExactlyInAnyOrder("kafka", "postgres", "prometheus", "pbx");
    }

    @Test
    void everyLauncherServiceHasTheLaunchersEnvironment() {
        for (ServiceSpec spec : launcherServices()) {
            Map<String, Object> environment = environment(spec.name());
            spec.env().forEach((key, launcherValue) -> {
                String expected = "127.0.0.1".equals(launcherValue) && HOST_OF_CLIENT.containsKey(key)
                        ? HOST_OF_CLIENT.get(key)
                        : URL_OF_CLIENT.containsKey(key) ? URL_OF_CLIENT.get(key) : launcherValue;
                assertThat(String.valueOf(environment.get(key)))
                        .as("%s of compose service %s (launcher: %s)", key, spec.name(), launcherValue)
                        .isEqualTo(expected);
            });
        }
    }

    @Test
    void everyLauncherServicePublishesItsHttpAndGrpcPortOnLoopbackUnderTheLaunchersNumbers() {
        for (ServiceSpec spec : launcherServices()) {
            int grpc = Integer.parseInt(spec.env().get("QUARKUS_GRPC_SERVER_PORT"));
            assertThat(ports(spec.name())).as("ports of %s", spec.name())
                    .contains(published(spec.httpPort(), "tcp"), published(grpc, "tcp"));
        }
        var plan = new PortPlan(0);
        assertThat(ports("sip-gateway")).contains(published(plan.sipSignalling(), "udp"));
        assertThat(ports("kafka")).contains(published(plan.kafka(), "tcp"));
        assertThat(ports("postgres")).contains(published(5432, "tcp"));
    }

    @Test
    void everyServiceHasAHealthCheckAndWaitsOnlyForHealthyOrStartedPeers() {
        services.forEach((name, service) -> {
            assertThat(service).as("service %s", name).containsKey("healthcheck");
            @SuppressWarnings("unchecked")
            var dependsOn = (Map<String, Map<String, Object>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((peer, condition) -> assertThat(condition.get("condition"))
                    .as("%s waits for %s", name, peer).isIn("service_healthy", "service_started"));
        });
        assertThat(dependsOn("integrator")).containsKeys("postgres", "kafka", "dect-manager", "sip-gateway");
        assertThat(dependsOn("base-station-2")).containsKey("dect-manager");
    }

    @Test
    void kafkaIsTheOfficialImageInKraftModeAndDataLivesInNamedVolumes() {
        assertThat(String.valueOf(services.get("kafka").get("image"))).startsWith("apache/kafka:");
        assertThat(String.valueOf(environment("kafka").get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
        assertThat(String.valueOf(services.get("postgres").get("image"))).isEqualTo("postgres:15");
        for (String stateful : List.of("kafka", "postgres", "prometheus")) {
            assertThat(String.valueOf(services.get(stateful).get("volumes"))).as(stateful).contains(stateful + "-data");
        }
    }

    @Test
    void kamailioRunsOnlyInThePbxProfileWithTheProjectsConfiguration() {
        Map<String, Object> pbx = services.get("pbx");
        assertThat(pbx.get("profiles")).isEqualTo(List.of("pbx"));
        assertThat(String.valueOf(pbx.get("image"))).startsWith("kamailio/kamailio:5.6");
        assertThat(String.valueOf(pbx.get("volumes"))).contains("deploy/kamailio/kamailio.cfg");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dependsOn(String service) {
        return (Map<String, Object>) services.get(service).get("depends_on");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return ((List<Object>) services.get(service).getOrDefault("ports", List.of())).stream().map(String::valueOf).toList();
    }

    private static String published(int port, String protocol) {
        return "127.0.0.1:" + port + ":" + port + "/" + protocol;
    }
}
