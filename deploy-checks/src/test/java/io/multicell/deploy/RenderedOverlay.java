package io.multicell.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One kustomize overlay rendered by {@code kubectl kustomize} and parsed into the fabric8 Kubernetes model. */
record RenderedOverlay(String name, List<HasMetadata> resources) {

    /** A workload's pod template under its kind/name, e.g. "StatefulSet/base-station". */
    record Workload(String id, Map<String, String> selector, PodTemplateSpec template, Integer replicas) {
    }

    static RenderedOverlay render(String overlay) {
        Path dir = Repository.deploy("kubernetes/overlays/" + overlay);
        String yaml = DeployTool.KUBECTL.run(dir, "kustomize", ".").succeeded().stdout();
        return new RenderedOverlay(overlay, parse(yaml));
    }

    @SuppressWarnings("unchecked")
    static List<HasMetadata> parse(String yaml) {
        Object parsed = new KubernetesSerialization().unmarshal(yaml);
        if (parsed instanceof KubernetesList list) {
            return list.getItems();
        }
        if (parsed instanceof List<?> list) {
            return new ArrayList<>((List<HasMetadata>) list);
        }
        return List.of((HasMetadata) parsed);
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    /** A ConfigMap by the name in the manifests (generated ones carry a hash suffix that kustomize also writes into references). */
    Optional<ConfigMap> configMap(String name) {
        return find(ConfigMap.class, name);
    }

    Optional<Secret> secret(String name) {
        return find(Secret.class, name);
    }

    List<Workload> workloads() {
        var workloads = new ArrayList<Workload>();
        for (Deployment d : all(Deployment.class)) {
            workloads.add(new Workload("Deployment/" + d.getMetadata().getName(), d.getSpec().getSelector().getMatchLabels(),
                    d.getSpec().getTemplate(), d.getSpec().getReplicas()));
        }
        for (StatefulSet s : all(StatefulSet.class)) {
            workloads.add(new Workload("StatefulSet/" + s.getMetadata().getName(), s.getSpec().getSelector().getMatchLabels(),
                    s.getSpec().getTemplate(), s.getSpec().getReplicas()));
        }
        return workloads;
    }

    /** The workloads whose pods carry every label of {@code selector} (none for an empty or null selector). */
    List<Workload> selectedBy(Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        return workloads().stream().filter(w -> labelsMatch(selector, w.template().getMetadata().getLabels())).toList();
    }

    static boolean labelsMatch(Map<String, String> selector, Map<String, String> labels) {
        return labels != null && labels.entrySet().containsAll(selector.entrySet());
    }
}
