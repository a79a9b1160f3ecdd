package io.multicell.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service images: one JVM-mode Dockerfile per service on a standard OpenJDK runtime, not running as root, with a
 * health check; and the base station's entrypoint, run here as it runs in a StatefulSet pod.
 */
class ImagesTest {

    private static final Path BASE_DOCKERFILE = Repository.root().resolve("base-station-service/src/main/docker/Dockerfile.jvm");

    @ParameterizedTest
    @ValueSource(strings = {"integrator-service", "dect-manager-service", "base-station-service", "sip-gateway-service",
            "handset-simulator"})
    void everyServiceHasANonRootJvmImageWithAHealthCheck(String module) throws IOException {
        String dockerfile = Files.readString(Repository.root().resolve(module).resolve("src/main/docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre")
                .containsPattern("(?m)^USER 185$")
                .containsPattern("(?m)^HEALTHCHECK .*")
                .contains("/q/health/ready")
                .contains("COPY --chown=185:0 target/quarkus-app/lib/ /deployments/lib/")
                .contains("quarkus-run.jar");
    }

    @Test
    void aStatefulSetPodRunsTheInstanceOfItsOrdinalPlusOneAtItsFloorPlanPlace(@TempDir Path dir) throws IOException {
        Path plan = Files.createDirectories(dir.resolve("floor-plan"));
        Files.writeString(plan.resolve("base-3.env"), "MULTICELL_BASE_POSITION_X=0\nMULTICELL_BASE_POSITION_Y=20\n");
        var run = entrypoint(dir, Map.of("HOSTNAME", "base-station-2", "MULTICELL_FLOOR_PLAN_DIR", plan.toString()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("MULTICELL_BASE_INSTANCE=3", "MULTICELL_BASE_POSITION_Y=20",
                "ARGS=-Xmx64m -jar /deployments/quarkus-run.jar");
    }

    @Test
    void anInstanceSetByEnvironmentWinsOverTheHostName(@TempDir Path dir) throws IOException {
        var run = entrypoint(dir, Map.of("HOSTNAME", "base-station-2", "MULTICELL_BASE_INSTANCE", "7",
                "MULTICELL_FLOOR_PLAN_DIR", dir.resolve("none").toString()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("MULTICELL_BASE_INSTANCE=7").doesNotContain("MULTICELL_BASE_POSITION");
    }

    @Test
    void aHostNameWithoutOrdinalAndNoInstanceRefusesToStart(@TempDir Path dir) throws IOException {
        var run = entrypoint(dir, Map.of("HOSTNAME", "base-station", "MULTICELL_FLOOR_PLAN_DIR", dir.toString()));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.stderr()).contains("MULTICELL_BASE_INSTANCE is not set");
    }

    /** Runs the entrypoint script of the base station's Dockerfile with a stand-in for java that prints what it got. */
    private static DeployTool.Run entrypoint(Path dir, Map<String, String> environment) throws IOException {
        var matcher = Pattern.compile("(?s)<<'SCRIPT' /deployments/base-station-entrypoint.sh\n(.*?)\nSCRIPT\n")
                .matcher(Files.readString(BASE_DOCKERFILE));
        assertThat(matcher.find()).as("entrypoint script in " + BASE_DOCKERFILE).isTrue();
        Path script = dir.resolve("entrypoint.sh");
        Files.writeString(script, matcher.group(1) + "\n");
        Path java = dir.resolve("fake-java");
        Files.writeString(java, "#!/bin/sh\nenv | grep '^MULTICELL_BASE_' | sort\necho \"ARGS=$*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        var env = new java.util.HashMap<String, String>(environment);
        env.put("JAVA", java.toString());
        env.put("JAVA_OPTS", "-Xmx64m");
        var command = new java.util.ArrayList<>(List.of("env", "-i", "PATH=/usr/bin:/bin"));
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of("sh", script.toString()));
        return DeployTool.exec(command, dir, Map.of());
    }
}
