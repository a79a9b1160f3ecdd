package io.multicell.deploy;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the checks run (docker-compose, kubectl, promtool): found on the PATH or the test fails, naming
 * the script that installs it. Each run has a deadline and its output is kept for the failure message.
 */
record DeployTool(String command, String debianPackage) {

    static final DeployTool DOCKER_COMPOSE = new DeployTool("docker-compose", "docker-compose");
    static final DeployTool KUBECTL = new DeployTool("kubectl", "kubernetes-client");
    static final DeployTool PROMTOOL = new DeployTool("promtool", "prometheus");

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    /** What one run printed and how it ended. */
    record Run(List<String> command, int exitCode, String stdout, String stderr) {

        /** This run, after asserting that it exited 0. */
        Run succeeded() {
            if (exitCode != 0) {
                fail("%s exited %d%nstdout:%n%s%nstderr:%n%s", String.join(" ", command), exitCode, stdout, stderr);
            }
            return this;
        }
    }

    /** The executable on the PATH; fails the test when it is missing. */
    Path executable() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("%s is not installed (Debian package %s). Run .ci/install-deploy-tools, which installs every "
                + "tool the deploy checks need.", command, debianPackage);
    }

    Run run(Path workingDirectory, String... arguments) {
        return run(workingDirectory, Map.of(), arguments);
    }

    Run run(Path workingDirectory, Map<String, String> environment, String... arguments) {
        var commandLine = new ArrayList<String>();
        commandLine.add(executable().toString());
        commandLine.addAll(List.of(arguments));
        return exec(commandLine, workingDirectory, environment);
    }

    /** Runs any command line with the deadline of the checks. */
    static Run exec(List<String> commandLine, Path workingDirectory, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("deploy-check", ".out");
            Path err = Files.createTempFile("deploy-check", ".err");
            try {
                var builder = new ProcessBuilder(commandLine).directory(workingDirectory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("%s did not finish within %s", String.join(" ", commandLine), DEADLINE);
                }
                return new Run(List.copyOf(commandLine), process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + commandLine, e);
        }
    }
}
