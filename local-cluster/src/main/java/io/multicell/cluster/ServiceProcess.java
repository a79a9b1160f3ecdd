package io.multicell.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One service of the mini multicell as its own JVM. Output goes to a log file and standard input is /dev/null, so the
 * process does not depend on the JVM that started it and keeps running after that one exits.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Small heaps and C1 only: seven JVMs share a two-core machine and start in seconds. */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1");
    /** How long {@link #stop()} waits after SIGTERM before SIGKILL. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private static final Duration POLL = Duration.ofMillis(200);
    private static final File NO_INPUT = new File("/dev/null");

    private final String name;
    private final ProcessHandle handle;
    private final Path logFile;
    private final ReadinessProbe probe;

    private ServiceProcess(String name, ProcessHandle handle, Path logFile, ReadinessProbe probe) {
        this.name = name;
        this.handle = handle;
        this.logFile = logFile;
        this.probe = probe;
    }

    /** Runs {@code java <SERVICE_JVM_OPTIONS> -jar <quarkus-run.jar>} with the spec's environment on top of ours. */
    public static ServiceProcess start(ServiceSpec spec, Path logFile) {
        return start(spec, logFile, SERVICE_JVM_OPTIONS);
    }

    /** As {@link #start(ServiceSpec, Path)} with other JVM options (a benchmark runs the call path as production does). */
    public static ServiceProcess start(ServiceSpec spec, Path logFile, List<String> jvmOptions) {
        if (!Files.isRegularFile(spec.quarkusRunJar())) {
            throw new ServiceStartException(spec.name() + ": " + spec.quarkusRunJar()
                    + " does not exist; build it first (./mvnw -B install -DskipTests)");
        }
        var command = new ArrayList<String>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(spec.quarkusRunJar().toAbsolutePath().toString());
        return launch(spec.name(), command, spec.env(), logFile, ReadinessProbe.quarkusHealth(spec.httpPort()));
    }

    /** Runs any command as a service: its output appended to {@code logFile}, ready when {@code probe} says so. */
    public static ServiceProcess launch(String name, List<String> command, Map<String, String> env, Path logFile,
            ReadinessProbe probe) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "=== " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            var builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            return new ServiceProcess(name, process.toHandle(), logFile, probe);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + String.join(" ", command) + ")", e);
        }
    }

    /** A process started earlier (e.g. by another `minicell up`), found again by its PID. */
    public static ServiceProcess attach(String name, ProcessHandle handle, Path logFile, ReadinessProbe probe) {
        return new ServiceProcess(name, handle, logFile, probe);
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public ProcessHandle handle() {
        return handle;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** One look, no waiting. */
    public boolean isReady() {
        return handle.isAlive() && probe.ready();
    }

    /**
     * Waits until the service answers its readiness probe.
     *
     * @throws ServiceStartException when it exits first or is not ready within {@code timeout}; names the log
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!handle.isAlive()) {
                throw new ServiceStartException(name + " (pid " + pid() + ") exited before it was ready; log "
                        + logFile + ":\n" + LogTail.indented(logFile, 30));
            }
            if (probe.ready()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ServiceStartException(name + " (pid " + pid() + ") not ready within " + timeout.toSeconds()
                        + " s (" + probe.describe() + "); log " + logFile + ":\n" + LogTail.indented(logFile, 30));
            }
            pause();
        }
    }

    /** SIGKILL, as in a power cut; returns once the process is gone. */
    public void kill() {
        killAndWait(handle);
    }

    /** SIGTERM (the service shuts down cleanly), SIGKILL if it is still there after {@link #STOP_GRACE}. */
    public void stop() {
        stop(handle, STOP_GRACE);
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Stops the process named by a {@link PidFile} and deletes the file.
     *
     * @return true when a live process was stopped, false when there was nothing to stop
     */
    public static boolean stopByPidFile(Path pidFile) {
        var process = PidFile.read(pidFile);
        process.ifPresent(p -> stop(p, STOP_GRACE));
        PidFile.delete(pidFile);
        return process.isPresent();
    }

    /** Stops a process by its PID (SIGTERM, then SIGKILL after {@code grace}); false when no such process runs. */
    public static boolean stopPid(long pid, Duration grace) {
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        process.ifPresent(p -> stop(p, grace));
        return process.isPresent();
    }

    static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            killAndWait(process);
        } catch (ExecutionException e) {
            killAndWait(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killAndWait(process);
        }
    }

    private static void killAndWait(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceStartException("interrupted while waiting for a service");
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
