package io.multicell.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Image tags agree everywhere (deploy/README.md, "Images"): every service image is tagged with the project's release
 * version (the Maven version without -SNAPSHOT) in its Dockerfile's build line, in the compose defaults and in both
 * overlays; Kafka's image is the Kafka version the build and the tests run; PostgreSQL is 15 as on the machines.
 */
class ImageTagsTest {

    private static final Map<String, String> MODULES = Map.of("integrator", "integrator-service",
            "dect-manager", "dect-manager-service", "sip-gateway", "sip-gateway-service",
            "base-station", "base-station-service", "handset-simulator", "handset-simulator");

    static String releaseVersion() throws IOException {
        var m = Pattern.compile("(?s)<artifactId>multicell-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Repository.root().resolve("pom.xml")));
        assertThat(m.find()).as("version of multicell-parent in pom.xml").isTrue();
        return m.group(1).replaceFirst("-SNAPSHOT$", "");
    }

    static String kafkaVersion() throws IOException {
        var m = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>").matcher(Files.readString(Repository.root().resolve("pom.xml")));
        assertThat(m.find()).as("kafka.version in pom.xml").isTrue();
        return m.group(1);
    }

    @Test
    void everyDockerfileBuildsItsImageWithTheReleaseTag() throws IOException {
        String version = releaseVersion();
        for (var service : MODULES.entrySet()) {
            String dockerfile = Files.readString(Repository.root().resolve(service.getValue()).resolve("src/main/docker/Dockerfile.jvm"));
            assertThat(dockerfile).as(service.getValue()).contains("-t multicell/" + service.getKey() + ":" + version + " ");
        }
    }

    @Test
    void composeDefaultsEveryServiceToTheReleaseTagAndKafkaToTheBuildsKafka() throws IOException {
        String compose = Files.readString(Repository.deploy("docker-compose/docker-compose.yml"));
        var images = new TreeMap<String, String>();
        var m = Pattern.compile("image: \\$\\{MULTICELL_IMAGE_PREFIX:-multicell/}([a-z-]+):\\$\\{MULTICELL_VERSION:-([^}]+)}").matcher(compose);
        while (m.find()) {
            images.put(m.group(1), m.group(2));
        }
        assertThat(images.keySet()).containsExactlyInAnyOrderElementsOf(MODULES.keySet());
        assertThat(images.values()).containsOnly(releaseVersion());
        assertThat(compose).contains("image: apache/kafka:" + kafkaVersion() + "\n", "image: postgres:15\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mini", "large"})
    void everyOverlayRunsTheReleaseTagAndTheBuildsKafka(String overlay) throws IOException {
        String version = releaseVersion();
        var images = new ArrayList<String>();
        for (var workload : RenderedOverlay.render(overlay).workloads()) {
            var pod = workload.template().getSpec();
            pod.getContainers().stream().map(Container::getImage).forEach(images::add);
            if (pod.getInitContainers() != null) {
                pod.getInitContainers().stream().map(Container::getImage).forEach(images::add);
            }
        }
        List<String> services = images.stream().filter(i -> i.matches(".*multicell/[a-z-]+:.*")).toList();
        assertThat(services).as("service images of %s", overlay).isNotEmpty()
                .allSatisfy(image -> assertThat(image).endsWith(":" + version));
        // the demo backends (mini); large uses the site's own Kafka and PostgreSQL
        String kafka = "apache/kafka:" + kafkaVersion();
        assertThat(images).filteredOn(i -> i.contains("kafka")).allSatisfy(i -> assertThat(i).isEqualTo(kafka));
        assertThat(images).filteredOn(i -> i.contains("postgres")).allSatisfy(i -> assertThat(i).isEqualTo("postgres:15"));
    }
}
