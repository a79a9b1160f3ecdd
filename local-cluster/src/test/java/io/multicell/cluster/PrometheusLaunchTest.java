package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's deploy/prometheus/prometheus-local.yml, moved to another port plan. */
class PrometheusLaunchTest {

    /** Surefire runs in the module directory. */
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @TempDir
    Path scratch;

    @Test
    void atOffsetZeroTheTargetsAreTheProjectsAndTheRulesAreFoundByAbsolutePath() throws IOException {
        String project = Files.readString(REPO.resolve(PrometheusLaunch.LOCAL_CONFIG));
        String config = PrometheusLaunch.configFor(REPO, new PortPlan(0), Optional.empty());

        assertThat(targets(config)).isEqualTo(targets(project)).contains("127.0.0.1:8080", "127.0.0.1:8093", "127.0.0.1:9090");
        assertThat(config).contains("- \"" + REPO.resolve("deploy/prometheus/rules/*.yml") + "\"")
                .doesNotContain("- rules/*.yml")
                .contains("scrape_interval: 5s");
    }

    @Test
    void anOffsetShiftsEveryTargetAndAnIntervalShortensScrapesAndEvaluations() {
        String config = PrometheusLaunch.configFor(REPO, new PortPlan(20000), Optional.of(Duration.ofSeconds(1)));

        assertThat(targets(config)).contains("127.0.0.1:28080", "127.0.0.1:28081", "127.0.0.1:28082", "127.0.0.1:28085",
                "127.0.0.1:28091", "127.0.0.1:28092", "127.0.0.1:28093", "127.0.0.1:29090");
        assertThat(targets(config)).allSatisfy(target -> assertThat(Integer.parseInt(target.substring(10))).isGreaterThan(20000));
        assertThat(config).contains("scrape_interval: 1s", "evaluation_interval: 1s").doesNotContain("interval: 5s");
        assertThat(PrometheusLaunch.command(Path.of("/usr/bin/prometheus"), Path.of("/c.yml"), Path.of("/d"), new PortPlan(20000)))
                .contains("--web.listen-address=127.0.0.1:29090", "--config.file=/c.yml", "--storage.tsdb.path=/d");
    }

    @Test
    void aTargetThatIsNoPortOfThePlanIsRefusedRatherThanLeftUnshifted() throws IOException {
        Path config = scratch.resolve(PrometheusLaunch.LOCAL_CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                rule_files:
                  - rules/*.yml
                scrape_configs:
                  - job_name: other
                    static_configs:
                      - targets: ["127.0.0.1:1234"]
                """);

        assertThatThrownBy(() -> PrometheusLaunch.configFor(scratch, new PortPlan(100), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("127.0.0.1:1234");
    }

    @Test
    void promtoolAcceptsTheGeneratedConfigurationWithTheProjectsRules() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool not installed (.ci/install-deploy-tools)");
        Path file = PrometheusLaunch.writeConfig(REPO, new PortPlan(23000), Optional.of(Duration.ofMillis(500)),
                scratch.resolve("prometheus.yml"));

        Process check = new ProcessBuilder("/usr/bin/promtool", "check", "config", file.toString()).redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS").containsPattern("SUCCESS: \\d+ rules found");
    }

    private static java.util.List<String> targets(String config) {
        return Pattern.compile("127\\.0\\.0\\.1:\\d+").matcher(config).results().map(m -> m.group()).sorted().toList();
    }
}
