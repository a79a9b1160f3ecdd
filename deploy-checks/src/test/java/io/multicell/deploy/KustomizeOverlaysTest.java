package io.multicell.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/kubernetes: every overlay renders with {@code kubectl kustomize}, parses into the Kubernetes model and holds
 * together: images, probes and resources on every container, selectors that select, Services that reach a declared
 * port, references to ConfigMaps and Secrets that exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KustomizeOverlaysTest {

    private static final List<String> OVERLAYS = List.of("mini", "large");
    private static final String NAMESPACE = "multicell";

    private final Map<String, RenderedOverlay> rendered = new java.util.LinkedHashMap<>();

    @BeforeAll
    void renderEveryOverlay() {
        for (String overlay : OVERLAYS) {
            rendered.put(overlay, RenderedOverlay.render(overlay));
        }
    }

    Stream<RenderedOverlay> overlays() {
        return OVERLAYS.stream().map(rendered::get);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyManifestIsAKnownKindWithNoUnknownFieldsInTheNamespace(RenderedOverlay overlay) {
        assertThat(overlay.resources()).isNotEmpty();
        for (HasMetadata resource : overlay.resources()) {
            String id = resource.getKind() + "/" + resource.getMetadata().getName();
            if (resource instanceof GenericKubernetesResource) {
                // Only the operator's CRD kinds are outside the core model.
                assertThat(resource.getApiVersion()).as(id).startsWith("monitoring.coreos.com/");
                continue;
            }
            assertThat(UnknownFields.in(resource, id)).as("fields the Kubernetes model does not know").isEmpty();
            if (!(resource instanceof Namespace)) {
                assertThat(resource.getMetadata().getNamespace()).as(id).isEqualTo(NAMESPACE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasAnImageProbesAndResources(RenderedOverlay overlay) {
        assertThat(overlay.workloads()).isNotEmpty();
        for (var workload : overlay.workloads()) {
            var pod = workload.template().getSpec();
            var containers = new ArrayList<Container>(pod.getContainers());
            if (pod.getInitContainers() != null) {
                containers.addAll(pod.getInitContainers());
            }
            for (Container c : containers) {
                String id = workload.id() + " container " + c.getName();
                assertThat(c.getImage()).as(id + " image").isNotBlank().contains(":");
                assertThat(c.getLivenessProbe()).as(id + " liveness probe").isNotNull();
                assertThat(c.getReadinessProbe()).as(id + " readiness probe").isNotNull();
                for (Probe probe : Stream.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe())
                        .filter(Objects::nonNull).toList()) {
                    if (probe.getHttpGet() != null) {
                        assertThat(declares(c, probe.getHttpGet().getPort(), "TCP")).as(id + " probe port").isTrue();
                    }
                }
                assertThat(c.getResources()).as(id + " resources").isNotNull();
                assertThat(c.getResources().getRequests()).as(id + " requests").containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(id + " limits").containsKeys("cpu", "memory");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theQuarkusServicesProbeTheirHealthEndpoints(RenderedOverlay overlay) {
        for (var workload : overlay.workloads()) {
            if (!workload.template().getMetadata().getAnnotations().containsKey("prometheus.io/scrape")) {
                continue; // the demo Kafka and PostgreSQL have their own probes
            }
            Container c = workload.template().getSpec().getContainers().get(0);
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).as(workload.id()).isEqualTo("/q/health/live");
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).as(workload.id()).isEqualTo("/q/health/ready");
            assertThat(workload.template().getMetadata().getAnnotations())
                    .as(workload.id()).containsEntry("prometheus.io/path", "/q/metrics");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadSelectsItsOwnPods(RenderedOverlay overlay) {
        for (var workload : overlay.workloads()) {
            assertThat(workload.selector()).as(workload.id()).isNotEmpty();
            assertThat(RenderedOverlay.labelsMatch(workload.selector(), workload.template().getMetadata().getLabels()))
                    .as("%s selector %s matches its pod labels", workload.id(), workload.selector()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsPodsAndTargetsADeclaredContainerPort(RenderedOverlay overlay) {
        for (Service service : overlay.all(Service.class)) {
            String id = "Service/" + service.getMetadata().getName();
            var selected = overlay.selectedBy(service.getSpec().getSelector());
            assertThat(selected).as(id + " selects pods").isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                String protocol = port.getProtocol() == null ? "TCP" : port.getProtocol();
                for (var workload : selected) {
                    assertThat(workload.template().getSpec().getContainers().stream().anyMatch(c -> declares(c, target, protocol)))
                            .as("%s port %s targets %s/%s, declared by a container of %s", id, port.getName(),
                                    target.getValue(), protocol, workload.id())
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void budgetsAndNetworkPoliciesSelectExistingPodsAndPorts(RenderedOverlay overlay) {
        for (PodDisruptionBudget pdb : overlay.all(PodDisruptionBudget.class)) {
            assertThat(overlay.selectedBy(pdb.getSpec().getSelector().getMatchLabels()))
                    .as("PodDisruptionBudget/" + pdb.getMetadata().getName()).isNotEmpty();
        }
        for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
            String id = "NetworkPolicy/" + policy.getMetadata().getName();
            Map<String, String> podSelector = policy.getSpec().getPodSelector().getMatchLabels();
            if (podSelector == null || podSelector.isEmpty()) {
                continue; // the default deny of the whole namespace
            }
            var selected = overlay.selectedBy(podSelector);
            assertThat(selected).as(id + " selects pods").isNotEmpty();
            for (var rule : policy.getSpec().getIngress()) {
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    if (peer.getNamespaceSelector() == null && peer.getPodSelector() != null) {
                        // A peer in this namespace: it must be a workload some overlay deploys (the simulator is in mini only).
                        String peerName = peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                        assertThat(peerName).as(id + " peer").isIn("integrator", "dect-manager", "sip-gateway",
                                "base-station", "handset-simulator");
                    }
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    for (var workload : selected) {
                        assertThat(workload.template().getSpec().getContainers().stream()
                                .anyMatch(c -> port.getEndPort() != null || declares(c, port.getPort(), port.getProtocol())))
                                .as("%s allows port %s/%s declared by %s", id, port.getPort().getValue(), port.getProtocol(),
                                        workload.id())
                                .isTrue();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyReferencedConfigMapAndSecretIsRendered(RenderedOverlay overlay) {
        for (var workload : overlay.workloads()) {
            var pod = workload.template().getSpec();
            for (Container c : pod.getContainers()) {
                if (c.getEnvFrom() != null) {
                    c.getEnvFrom().forEach(from -> {
                        if (from.getConfigMapRef() != null) {
                            assertThat(overlay.configMap(from.getConfigMapRef().getName())).as(workload.id()).isPresent();
                        }
                        if (from.getSecretRef() != null) {
                            assertThat(overlay.secret(from.getSecretRef().getName())).as(workload.id()).isPresent();
                        }
                    });
                }
                if (c.getEnv() != null) {
                    c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                            .forEach(e -> {
                                var ref = e.getValueFrom().getSecretKeyRef();
                                assertThat(overlay.secret(ref.getName())).as(workload.id() + " " + e.getName()).isPresent();
                                assertThat(overlay.secret(ref.getName()).get().getStringData()).containsKey(ref.getKey());
                            });
                }
            }
            if (pod.getVolumes() != null) {
                pod.getVolumes().stream().filter(v -> v.getConfigMap() != null).forEach(v -> assertThat(
                        overlay.configMap(v.getConfigMap().getName())).as(workload.id() + " volume " + v.getName()).isPresent());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theFloorPlanPlacesEveryBaseStationReplica(RenderedOverlay overlay) {
        StatefulSet bases = overlay.find(StatefulSet.class, "base-station").orElseThrow();
        String floorPlan = bases.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("floor-plan")).findFirst().orElseThrow().getConfigMap().getName();
        ConfigMap plan = overlay.configMap(floorPlan).orElseThrow();
        var expected = new ArrayList<String>();
        for (int instance = 1; instance <= bases.getSpec().getReplicas(); instance++) {
            expected.add("base-" + instance + ".env");
        }
        assertThat(plan.getData().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.getData().get("base-1.env")).contains("MULTICELL_BASE_LOCAL=true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theVoiceSocketsAreTheConfiguredUdpPortsAndTheirPeersMayReachThem(RenderedOverlay overlay) {
        Map<String, String> config = overlay.configMap("multicell-config").orElseThrow().getData();
        var voicePorts = Map.of("base-station", "MULTICELL_BASE_VOICE_PORT", "sip-gateway", "MULTICELL_SIP_VOICE_PORT",
                "handset-simulator", "MULTICELL_SIMULATOR_VOICE_PORT");
        voicePorts.forEach((name, key) -> {
            var workloads = overlay.selectedBy(Map.of("app.kubernetes.io/name", name));
            for (var workload : workloads) {
                Container container = workload.template().getSpec().getContainers().get(0);
                assertThat(container.getPorts()).as(workload.id() + " voice port")
                        .anyMatch(p -> "voice".equals(p.getName()) && "UDP".equals(p.getProtocol())
                                && String.valueOf(p.getContainerPort()).equals(config.get(key)));
                if (name.equals("handset-simulator")) {
                    // The bases send to the address the simulator advertises: its own IP.
                    assertThat(container.getEnv()).as(workload.id() + " advertises its pod IP for voice")
                            .anyMatch(e -> e.getName().endsWith("_VOICE_HOST") && e.getValueFrom() != null
                                    && "status.podIP".equals(e.getValueFrom().getFieldRef().getFieldPath()));
                }
                boolean admitsPeers = overlay.all(NetworkPolicy.class).stream()
                        .filter(policy -> RenderedOverlay.labelsMatch(policy.getSpec().getPodSelector().getMatchLabels(),
                                workload.template().getMetadata().getLabels()))
                        .flatMap(policy -> policy.getSpec().getIngress().stream())
                        .anyMatch(rule -> rule.getPorts().stream().anyMatch(
                                port -> "UDP".equals(port.getProtocol()) && "voice".equals(port.getPort().getStrVal())));
                assertThat(admitsPeers).as(workload.id() + ": a NetworkPolicy admits voice datagrams").isTrue();
            }
        });
    }

    @Test
    void theMiniOverlayRunsThreeBaseStationsAndDemoKafkaAndPostgres() {
        RenderedOverlay mini = rendered.get("mini");
        assertThat(mini.find(StatefulSet.class, "base-station").orElseThrow().getSpec().getReplicas()).isEqualTo(3);
        assertThat(mini.find(StatefulSet.class, "kafka").orElseThrow().getSpec().getTemplate().getSpec().getContainers()
                .get(0).getImage()).startsWith("apache/kafka:");
        assertThat(mini.find(StatefulSet.class, "postgres").orElseThrow().getSpec().getTemplate().getSpec().getContainers()
                .get(0).getImage()).isEqualTo("postgres:15");
        assertThat(mini.configMap("multicell-config").orElseThrow().getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/multicell");
        assertThat(mini.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "handset-simulator")).isPresent();
    }

    @Test
    void theLargeOverlayRunsMoreBasesAgainstExternalKafkaAndPostgres() {
        RenderedOverlay large = rendered.get("large");
        assertThat(large.find(StatefulSet.class, "base-station").orElseThrow().getSpec().getReplicas()).isGreaterThan(3);
        assertThat(large.find(StatefulSet.class, "kafka")).isEmpty();
        assertThat(large.find(StatefulSet.class, "postgres")).isEmpty();
        assertThat(large.configMap("multicell-config").orElseThrow().getData().get("KAFKA_BOOTSTRAP_SERVERS"))
                .isNotEqualTo("kafka:9092");
        assertThat(large.resources()).anyMatch(r -> r.getKind().equals("ServiceMonitor"));
        var sip = large.find(io.fabric8.kubernetes.api.model.apps.Deployment.class, "sip-gateway").orElseThrow();
        assertThat(sip.getSpec().getTemplate().getSpec().getHostNetwork()).isTrue();
    }

    private static boolean declares(Container container, IntOrString port, String protocol) {
        if (container.getPorts() == null || port == null) {
            return false;
        }
        String wanted = protocol == null ? "TCP" : protocol;
        for (ContainerPort declared : container.getPorts()) {
            String declaredProtocol = declared.getProtocol() == null ? "TCP" : declared.getProtocol();
            boolean same = port.getStrVal() != null ? port.getStrVal().equals(declared.getName())
                    : port.getIntVal().equals(declared.getContainerPort());
            if (same && declaredProtocol.equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
