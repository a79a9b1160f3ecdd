package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minicell commands on a scratch repository root (the real cluster is tried by deploy/local/minicell). */
class MinicellTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private Minicell minicell(String pgUrl) {
        return new Minicell(root, new PortPlan(0), new PostgresDatabase(pgUrl, "postgres", ""),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private Minicell minicell() {
        return minicell(PostgresDatabase.DEFAULT_URL);
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private void fakeBuild() throws IOException {
        for (String module : new String[] {"integrator-service", "dect-manager-service", "sip-gateway-service",
                "base-station-service", "handset-simulator"}) {
            Path jar = MiniMulticell.runJar(root, module);
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "");
        }
    }

    @Test
    void downWithNothingRunningSaysSo() {
        assertThat(minicell().down()).isZero();
        assertThat(output()).contains("nothing to stop");
    }

    @Test
    void statusWithNothingRunningSaysHowToStartIt() {
        assertThat(minicell().status()).isEqualTo(1);
        assertThat(output()).contains("not running").contains("deploy/local/minicell up");
    }

    @Test
    void upOnAnUnbuiltTreeAsksForTheBuild() {
        assertThatThrownBy(() -> minicell().up())
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("quarkus-run.jar does not exist")
                .hasMessageContaining("./mvnw -B install -DskipTests");
    }

    @Test
    void upWithoutPostgresSaysHowToStartItAndStartsNothing() throws IOException {
        fakeBuild();

        int code = minicell("jdbc:postgresql://127.0.0.1:1/multicell?connectTimeout=2").up();

        assertThat(code).isEqualTo(1);
        assertThat(output())
                .contains("PostgreSQL is not reachable")
                .contains("pg_ctlcluster --skip-systemctl-redirect 15 main start")
                .contains("MULTICELL_PG_URL");
        assertThat(root.resolve("deploy/local/run/pids")).doesNotExist();
    }

    @Test
    void logsOfAnUnknownServiceNameTheKnownOnes() throws IOException {
        var run = RunDirectory.under(root);
        Files.createDirectories(run.logFile("kafka").getParent());
        Files.writeString(run.logFile("kafka"), "broker line\n");
        Files.writeString(run.logFile("integrator"), "integrator line\n");

        assertThat(minicell().logs(java.util.Optional.of("nope"))).isEqualTo(1);
        assertThat(output()).contains("no log for 'nope'").contains("integrator, kafka");

        assertThat(minicell().logs(java.util.Optional.empty())).isZero();
        assertThat(output()).contains("broker line").contains("integrator line");
    }

    @Test
    void downStopsEveryProcessWithAPidFileAndRemovesTheFiles() throws IOException {
        var run = RunDirectory.under(root);
        int port = TinyServiceJar.freePort();
        var spec = new ServiceSpec("base-station-9", TinyServiceJar.build(root), port,
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(port)));
        var process = ServiceProcess.start(spec, run.logFile(spec.name()));
        try {
            PidFile.write(run.pidFile(spec.name()), process.handle());
            process.awaitReady(Duration.ofSeconds(30));

            assertThat(minicell().status()).isEqualTo(1); // the topology's services are not running
            assertThat(output()).containsPattern("base-station-9\\s+" + process.pid() + "\\s+yes");

            assertThat(minicell().down()).isZero();

            assertThat(process.isAlive()).isFalse();
            assertThat(run.pidFile(spec.name())).doesNotExist();
            assertThat(output()).contains("base-station-9").contains("stopped (pid " + process.pid() + ")");
        } finally {
            process.kill();
        }
    }
}
