package io.multicell.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Debian's Prometheus ({@code apt-get install prometheus}) scraping a mini multicell with the project's own
 * configuration, deploy/prometheus/prometheus-local.yml, and its alert rules. Optional: the mini multicell runs
 * without it.
 *
 * <p>The project's file names the ports of offset 0. For another {@link PortPlan} (MULTICELL_PORT_OFFSET, the
 * system tests) {@link #configFor} writes a copy with every port shifted and the rule files by absolute path, so the
 * rules under test are always the project's.
 */
public final class PrometheusLaunch {

    public static final String NAME = "prometheus";
    /** The project's configuration for the local launcher, relative to the repository root. */
    public static final String LOCAL_CONFIG = "deploy/prometheus/prometheus-local.yml";
    static final String RULES = "rules/*.yml";

    private static final Pattern TARGET = Pattern.compile("127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern INTERVAL = Pattern.compile("(?m)^(\\s*(?:scrape|evaluation)_interval:\\s*)\\S+");

    private PrometheusLaunch() {
    }

    /** The prometheus binary on PATH, if installed. */
    public static Optional<Path> binary() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "prometheus"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** How to install it, for a one-line hint. */
    public static String installHint() {
        return "not installed (apt-get install prometheus, or .ci/install-deploy-tools)";
    }

    /**
     * The project's local configuration for {@code ports}: every 127.0.0.1 target moved by the plan's offset, the
     * rule files by absolute path, and, when given, a shorter scrape and evaluation interval (tests).
     */
    public static String configFor(Path repoRoot, PortPlan ports, Optional<Duration> interval) {
        Path config = repoRoot.resolve(LOCAL_CONFIG);
        String text;
        try {
            text = Files.readString(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config, e);
        }
        Set<Integer> known = planPorts(new PortPlan(0));
        Matcher target = TARGET.matcher(text);
        var shifted = new StringBuilder();
        while (target.find()) {
            int port = Integer.parseInt(target.group(1));
            if (!known.contains(port)) {
                // A port the plan does not know would silently stay unshifted: refuse instead.
                throw new IllegalArgumentException(config + ": target 127.0.0.1:" + port + " is no port of PortPlan");
            }
            target.appendReplacement(shifted, "127.0.0.1:" + (port + ports.offset()));
        }
        target.appendTail(shifted);
        text = shifted.toString();

        Path rules = config.getParent().resolve(RULES).toAbsolutePath().normalize();
        if (!text.contains("- " + RULES)) {
            throw new IllegalArgumentException(config + " no longer loads " + RULES);
        }
        text = text.replace("- " + RULES, "- " + quoted(rules.toString()));
        if (interval.isPresent()) {
            String seconds = interval.get().toMillis() % 1000 == 0 ? interval.get().toSeconds() + "s" : interval.get().toMillis() + "ms";
            text = INTERVAL.matcher(text).replaceAll("$1" + seconds);
        }
        return text;
    }

    /** Writes {@link #configFor} to {@code file}. */
    public static Path writeConfig(Path repoRoot, PortPlan ports, Optional<Duration> interval, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# Generated from " + LOCAL_CONFIG + " for port offset " + ports.offset() + "\n"
                    + configFor(repoRoot, ports, interval));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** {@code prometheus --config.file=... --storage.tsdb.path=... --web.listen-address=127.0.0.1:<port>}. */
    public static List<String> command(Path binary, Path config, Path storage, PortPlan ports) {
        return List.of(binary.toString(),
                "--config.file=" + config.toAbsolutePath(),
                "--storage.tsdb.path=" + storage.toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + ports.prometheus());
    }

    /** Starts Prometheus; it is ready when /-/ready answers 200 (configuration and rules loaded). */
    public static ServiceProcess start(Path binary, Path config, Path storage, PortPlan ports, Path logFile) {
        try {
            Files.createDirectories(storage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + storage, e);
        }
        return ServiceProcess.launch(NAME, command(binary, config, storage, ports), Map.of(), logFile, probe(ports));
    }

    public static ReadinessProbe probe(PortPlan ports) {
        return ReadinessProbe.httpOk(URI.create(url(ports) + "/-/ready"));
    }

    public static String url(PortPlan ports) {
        return "http://127.0.0.1:" + ports.prometheus();
    }

    private static Set<Integer> planPorts(PortPlan plan) {
        var ports = IntStream.rangeClosed(1, PortPlan.MAX_BASES).boxed()
                .flatMap(n -> Stream.of(plan.baseHttp(n), plan.baseGrpc(n)))
                .collect(Collectors.toSet());
        ports.addAll(List.of(plan.integratorHttp(), plan.integratorGrpc(), plan.dmHttp(), plan.dmGrpc(), plan.sipHttp(),
                plan.sipGrpc(), plan.simulatorHttp(), plan.simulatorGrpc(), plan.prometheus(), plan.kafka()));
        return ports;
    }

    private static String quoted(String path) {
        return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
