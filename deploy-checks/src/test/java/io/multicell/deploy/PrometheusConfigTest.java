package io.multicell.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.multicell.cluster.MiniMulticell;
import io.multicell.cluster.PortPlan;
import io.multicell.cluster.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/prometheus: both scrape configurations and the alert rules pass promtool, every alert has a unit test that
 * passes, the local configuration scrapes exactly the launcher's services and every dashboard query is valid PromQL.
 */
class PrometheusConfigTest {

    private static final Path DIR = Repository.deploy("prometheus");
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void scrapeConfigurationsAndTheirRulesPassPromtool() {
        for (String config : List.of("prometheus-compose.yml", "prometheus-local.yml")) {
            var run = DeployTool.PROMTOOL.run(DIR, "check", "config", config).succeeded();
            assertThat(run.stdout() + run.stderr()).as(config).contains("SUCCESS").contains("rules found");
        }
    }

    @Test
    void alertRulesPassPromtoolAndEveryAlertIsUnitTested() throws IOException {
        DeployTool.PROMTOOL.run(DIR, "check", "rules", "rules/multicell-alerts.yml").succeeded();
        DeployTool.PROMTOOL.run(DIR, "test", "rules", "tests/multicell-alerts-test.yml").succeeded();

        var alerts = new TreeSet<String>();
        for (Map<String, Object> group : maps(yaml(DIR.resolve("rules/multicell-alerts.yml")).get("groups"))) {
            for (Map<String, Object> rule : maps(group.get("rules"))) {
                alerts.add(String.valueOf(rule.get("alert")));
                assertThat(map(rule.get("annotations"))).as("alert %s", rule.get("alert")).containsKeys("summary", "description");
                assertThat(map(rule.get("labels"))).as("alert %s", rule.get("alert")).containsKey("severity");
            }
        }
        var tested = new TreeSet<String>();
        for (Map<String, Object> test : maps(yaml(DIR.resolve("tests/multicell-alerts-test.yml")).get("tests"))) {
            for (Map<String, Object> check : maps(test.get("alert_rule_test"))) {
                if (!list(check.get("exp_alerts")).isEmpty()) {
                    tested.add(String.valueOf(check.get("alertname")));
                }
            }
        }
        assertThat(tested).as("alerts with a unit test that makes them fire").isEqualTo(alerts);
        assertThat(alerts).contains("BaseStationOffline", "BaseStationNotInSync", "SyncSwaps", "SipRegistrationFailing",
                "HandoverFailureRatioHigh", "CallDropRateHigh", "KafkaConsumerLagging", "CriticalIncident");
    }

    @Test
    void theLocalConfigurationScrapesEveryLauncherServiceOnItsPort() throws IOException {
        var expected = new TreeSet<String>();
        for (ServiceSpec spec : MiniMulticell.services(Repository.root(), new PortPlan(0), "jdbc:unused", "unused:1")) {
            expected.add(jobOf(spec.name()) + " 127.0.0.1:" + spec.httpPort());
        }
        assertThat(targets(DIR.resolve("prometheus-local.yml"))).containsAll(expected);
    }

    @Test
    void theComposeConfigurationScrapesEveryComposeServiceByName() throws IOException {
        var expected = new TreeSet<String>();
        for (ServiceSpec spec : MiniMulticell.services(Repository.root(), new PortPlan(0), "jdbc:unused", "unused:1")) {
            expected.add(jobOf(spec.name()) + " " + spec.name() + ":" + spec.httpPort());
        }
        assertThat(targets(DIR.resolve("prometheus-compose.yml"))).containsAll(expected);
    }

    @Test
    void everyDashboardQueryIsValidPromql(@TempDir Path work) throws IOException {
        Map<String, Object> dashboard = YAML.unmarshal(Files.readString(DIR.resolve("grafana/multicell-dashboard.json")), Map.class);
        var rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int n = 0;
        for (Map<String, Object> panel : maps(dashboard.get("panels"))) {
            for (Map<String, Object> target : maps(panel.getOrDefault("targets", List.of()))) {
                String expr = String.valueOf(target.get("expr"));
                rules.append("      - record: dashboard:query").append(n++).append('\n')
                        .append("        expr: '").append(expr.replace("'", "''")).append("'\n");
            }
        }
        assertThat(n).as("dashboard queries").isGreaterThan(10);
        Path file = work.resolve("dashboard-queries.yml");
        Files.writeString(file, rules);
        DeployTool.PROMTOOL.run(work, "check", "rules", file.toString()).succeeded();
        assertThat(String.valueOf(dashboard.get("panels"))).contains("multicell_base_stations", "multicell_handovers_total",
                "multicell_calls_total", "multicell_sip_accounts", "multicell_sync_state_changes_total", "jvm_memory_used_bytes");
    }

    /** The launcher's service names, with every base station in job base-station. */
    private static String jobOf(String service) {
        return service.startsWith("base-station-") ? "base-station" : service;
    }

    private static List<String> targets(Path config) throws IOException {
        var targets = new ArrayList<String>();
        for (Map<String, Object> job : maps(yaml(config).get("scrape_configs"))) {
            if (!"prometheus".equals(job.get("job_name"))) {
                assertThat(job.get("metrics_path")).as("job %s", job.get("job_name")).isEqualTo("/q/metrics");
            }
            for (Map<String, Object> statics : maps(job.get("static_configs"))) {
                for (Object target : list(statics.get("targets"))) {
                    targets.add(job.get("job_name") + " " + target);
                }
            }
        }
        return targets;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        return YAML.unmarshal(Files.readString(file), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
