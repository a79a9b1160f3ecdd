package io.multicell.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.multicell.cluster.PortPlan;
import io.multicell.cluster.PrometheusLaunch;
import io.multicell.cluster.ServiceProcess;
import io.multicell.core.identity.MacAddress;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real Prometheus (Debian's binary) against the real cluster, with the project's own scrape configuration
 * (deploy/prometheus/prometheus-local.yml moved to the test's ports) and its own alert rules: every service is
 * scraped, every metric the rules and the dashboard name is exported, and a killed base station raises the alerts an
 * operator would get. Only the scrape and evaluation interval are shortened (1 s); the rules' "for" are the real ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrometheusSystemTest {

    private static final String BASE_1 = MacAddress.forInstance(1).value();
    private static final String BASE_2 = MacAddress.forInstance(2).value();
    private static final String BASE_3 = MacAddress.forInstance(3).value();
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    /** BaseStationOffline's "for: 30s" plus scrapes, evaluations and the DM's offline detection, with room to spare. */
    private static final Duration ALERT_PATIENCE = Duration.ofSeconds(75);
    /** PromQL words that are not metric names, in the queries of the rules and the dashboard. */
    private static final Set<String> PROMQL_WORDS = Set.of("sum", "max", "min", "avg", "count", "rate", "increase",
            "histogram_quantile", "by", "without", "and", "or", "unless", "on", "ignoring", "bool", "offset");

    private MiniMulticellCluster cluster;
    private ServiceProcess prometheus;
    private String prometheusUrl;

    @BeforeAll
    void startClusterAndPrometheus() throws Exception {
        Path binary = PrometheusLaunch.binary().orElseThrow(() -> new AssertionError(
                "Prometheus is not installed (no 'prometheus' on PATH): run .ci/install-deploy-tools (Debian package prometheus)"));
        cluster = MiniMulticellCluster.start();
        new IntegratorApi(cluster.integratorUrl()).confirmThreeBasesOnALine(BASE_1, BASE_2, BASE_3);

        Path repoRoot = Path.of(System.getProperty("multicell.repo.root", "..")).toAbsolutePath().normalize();
        Path dir = Files.createDirectories(repoRoot.resolve("system-tests/target/prometheus-" + System.currentTimeMillis()));
        Path config = PrometheusLaunch.writeConfig(repoRoot, cluster.ports, Optional.of(INTERVAL), dir.resolve("prometheus.yml"));
        prometheus = PrometheusLaunch.start(binary, config, dir.resolve("data"), cluster.ports, dir.resolve("prometheus.log"));
        prometheus.awaitReady(Duration.ofSeconds(60));
        prometheusUrl = PrometheusLaunch.url(cluster.ports);
    }

    @AfterAll
    void stop() {
        if (prometheus != null) {
            prometheus.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void prometheusLoadedTheProjectsRulesAndScrapesEveryServiceOfTheCluster() {
        JsonPath rules = api("/api/v1/rules");
        assertThat(rules.getList("data.groups.name", String.class))
                .containsExactlyInAnyOrder("multicell-base-stations", "multicell-telephony", "multicell-platform");

        PortPlan ports = cluster.ports;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath targets = api("/api/v1/targets");
            List<Map<String, Object>> active = targets.getList("data.activeTargets");
            assertThat(active).extracting(t -> (String) ((Map<?, ?>) t.get("labels")).get("instance"))
                    .containsExactlyInAnyOrder(at(ports.prometheus()), at(ports.integratorHttp()), at(ports.dmHttp()),
                            at(ports.sipHttp()), at(ports.baseHttp(1)), at(ports.baseHttp(2)), at(ports.baseHttp(3)),
                            at(ports.simulatorHttp()));
            assertThat(active).allSatisfy(t -> assertThat(t.get("health")).as("%s: %s", t.get("scrapeUrl"), t.get("lastError"))
                    .isEqualTo("up"));
        });
        assertThat(query("count by (job) (up == 1)")).extracting(s -> s.labels().get("job") + "=" + s.value()).containsExactlyInAnyOrder(
                "prometheus=1.0", "integrator=1.0", "dect-manager=1.0", "sip-gateway=1.0", "base-station=3.0", "handset-simulator=1.0");
    }

    @Test
    @Order(2)
    void theDomainMetricsArriveAndEveryMetricTheRulesAndTheDashboardNameIsExported() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(value("multicell_base_stations{job=\"dect-manager\", status=\"Sync\"}")).as("bases in Sync").isEqualTo(3.0);
            assertThat(value("sum(multicell_base_link_up{job=\"base-station\"})")).as("bases linked to the DM").isEqualTo(3.0);
        });
        assertThat(query("multicell_calls_total")).extracting(s -> s.labels().get("direction"))
                .containsExactlyInAnyOrder("incoming", "outgoing");
        assertThat(query("multicell_handovers_total")).hasSize(1);
        assertThat(query("multicell_handovers_failed_total")).hasSize(1);
        assertThat(query("multicell_incidents_total{severity=\"critical\"}")).extracting(s -> s.labels().get("type"))
                .contains("BASE_STATION_OFFLINE");
        assertThat(query("kafka_consumer_fetch_manager_records_lag_max")).extracting(s -> s.labels().get("client_id"))
                .contains("integrator-incidents");

        // Every metric a rule or a dashboard panel names must exist, or that alert or panel is silently empty.
        Set<String> exported = new TreeSet<>(api("/api/v1/label/__name__/values").getList("data", String.class));
        Set<String> named = new TreeSet<>();
        List<Map<String, Object>> groups = api("/api/v1/rules").getList("data.groups");
        groups.forEach(group -> entries(group, "rules").forEach(rule -> named.addAll(metricNames((String) rule.get("query")))));
        Path dashboard = Path.of(System.getProperty("multicell.repo.root", "..")).toAbsolutePath().normalize()
                .resolve("deploy/prometheus/grafana/multicell-dashboard.json");
        JsonPath panels = new JsonPath(Files.readString(dashboard));
        List<Map<String, Object>> panelList = panels.getList("panels");
        panelList.forEach(panel -> entries(panel, "targets").forEach(target -> named.addAll(metricNames((String) target.get("expr")))));
        named.remove("ALERTS"); // Prometheus' own series of pending and firing alerts
        assertThat(named).as("metrics named by the rules and the dashboard").hasSizeGreaterThan(20);
        assertThat(exported).as("metrics Prometheus scraped from the cluster").containsAll(named);
    }

    @Test
    @Order(3)
    void aKilledBaseStationFiresTheBaseOfflineAlerts() {
        assertThat(firing()).as("no alert before the kill").isEmpty();

        cluster.kill("base-station-3");

        String instance = at(cluster.ports.baseHttp(3));
        await().atMost(ALERT_PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, String>> firing = firing();
            assertThat(firing).as("firing alerts").anySatisfy(labels -> {
                assertThat(labels.get("alertname")).isEqualTo("BaseStationOffline");
                assertThat(labels.get("instance")).isEqualTo(instance);
                assertThat(labels.get("severity")).isEqualTo("critical");
            });
            // The DM's view of the same failure: the configured base is Offline and it raised a critical incident.
            assertThat(firing).extracting(labels -> labels.get("alertname"))
                    .contains("BaseStationsOfflineAtDectManager", "CriticalIncident");
            assertThat(firing).filteredOn(labels -> "CriticalIncident".equals(labels.get("alertname")))
                    .extracting(labels -> labels.get("type")).containsOnly("BASE_STATION_OFFLINE");
        });
        // Only the killed one: the other bases are not reported.
        assertThat(firing()).filteredOn(labels -> "BaseStationOffline".equals(labels.get("alertname")))
                .extracting(labels -> labels.get("instance")).containsExactly(instance);
    }

    // ---- Prometheus' HTTP API ----

    private record Sample(Map<String, String> labels, double value) {
    }

    private JsonPath api(String path) {
        JsonPath body = given().baseUri(prometheusUrl).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(body.getString("status")).isEqualTo("success");
        return body;
    }

    private List<Sample> query(String promql) {
        JsonPath body = given().baseUri(prometheusUrl).queryParam("query", promql).get("/api/v1/query")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> result = body.getList("data.result");
        return result.stream().map(r -> {
            @SuppressWarnings("unchecked")
            var labels = (Map<String, String>) r.get("metric");
            return new Sample(labels, Double.parseDouble(String.valueOf(((List<?>) r.get("value")).get(1))));
        }).toList();
    }

    private double value(String promql) {
        List<Sample> samples = query(promql);
        assertThat(samples).as(promql).hasSize(1);
        return samples.get(0).value();
    }

    private List<Map<String, String>> firing() {
        List<Map<String, Object>> alerts = api("/api/v1/alerts").getList("data.alerts");
        return alerts.stream().filter(a -> "firing".equals(a.get("state"))).map(a -> {
            @SuppressWarnings("unchecked")
            var labels = (Map<String, String>) a.get("labels");
            return labels;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> parent, String key) {
        return Optional.ofNullable((List<Map<String, Object>>) parent.get(key)).orElse(List.of());
    }

    private static String at(int port) {
        return "127.0.0.1:" + port;
    }

    /**
     * The metric names in a PromQL expression: what is left of its identifiers once strings, label matchers, ranges,
     * grouping clauses and PromQL's own words are taken out.
     */
    static Set<String> metricNames(String promql) {
        String text = promql.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        var identifier = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\\w.])").matcher(text);
        while (identifier.find()) {
            String word = identifier.group(1);
            boolean isFunctionCall = text.substring(identifier.end()).stripLeading().startsWith("(");
            if (!PROMQL_WORDS.contains(word) && !isFunctionCall) {
                names.add(word);
            }
        }
        return names;
    }
}
