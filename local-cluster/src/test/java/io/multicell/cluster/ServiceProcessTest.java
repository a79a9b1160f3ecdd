package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServiceProcess with a real JVM running a tiny main that serves /q/health/ready. */
class ServiceProcessTest {

    private static final Duration READY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path jar;
    private int port;
    private Path log;
    private final List<Long> started = new ArrayList<>();

    @BeforeEach
    void buildJar() {
        jar = TinyServiceJar.build(dir);
        port = TinyServiceJar.freePort();
        log = dir.resolve("logs/tiny.log");
    }

    // Whatever a failing test left behind: no process may survive the test run.
    @AfterEach
    void noProcessLeft() {
        started.forEach(pid -> ServiceProcess.stopPid(pid, Duration.ofSeconds(1)));
    }

    private ServiceProcess start(Map<String, String> extraEnv) {
        var env = new HashMap<>(extraEnv);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        var process = ServiceProcess.start(new ServiceSpec("tiny", jar, port, env), log);
        started.add(process.pid());
        return process;
    }

    private static boolean gone(long pid) {
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    @Test
    void aStartedServiceBecomesReadyWithItsEnvironmentAndItsOutputInTheLog() throws Exception {
        var process = start(Map.of("TINY_ECHO", "hello-from-env"));

        process.awaitReady(READY);

        assertThat(process.isAlive()).isTrue();
        assertThat(process.isReady()).isTrue();
        assertThat(process.handle().info().arguments().orElseThrow())
                .contains("-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar");
        await().atMost(READY).until(() -> Files.readString(log).contains("TINY_ECHO=hello-from-env"));
        assertThat(Files.readString(log)).startsWith("=== ").contains("starting tiny");
        process.kill();
    }

    @Test
    void killLeavesNoProcessBehind() {
        var process = start(Map.of());
        process.awaitReady(READY);

        process.kill();

        assertThat(process.isAlive()).isFalse();
        assertThat(gone(process.pid())).isTrue();
        assertThat(process.isReady()).isFalse();
    }

    @Test
    void stopLetsTheServiceShutDownCleanly() throws Exception {
        var process = start(Map.of());
        process.awaitReady(READY);

        process.stop();

        assertThat(gone(process.pid())).isTrue();
        assertThat(Files.readString(log)).contains("tiny service stopped gracefully");
    }

    @Test
    void aServiceThatIgnoresSigtermIsKilledAfterTheGracePeriod() {
        var process = start(Map.of("TINY_HANG_ON_TERM", "yes"));
        process.awaitReady(READY);

        ServiceProcess.stop(process.handle(), Duration.ofMillis(500));

        assertThat(gone(process.pid())).isTrue();
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyIsReportedWithItsLog() {
        var process = start(Map.of("TINY_EXIT_CODE", "3"));

        assertThatThrownBy(() -> process.awaitReady(READY))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("tiny")
                .hasMessageContaining("exited before it was ready")
                .hasMessageContaining("tiny service exits with 3")
                .hasMessageContaining(log.toString());
    }

    @Test
    void aServiceThatNeverAnswersIsReportedAfterTheTimeout() {
        // The tiny service serves health on QUARKUS_HTTP_PORT; probe another port, where nothing answers.
        int silent = TinyServiceJar.freePort();
        var process = ServiceProcess.start(new ServiceSpec("tiny", jar, silent,
                Map.of("QUARKUS_HTTP_PORT", Integer.toString(port))), log);
        started.add(process.pid());

        assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(2)))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("not ready within 2 s")
                .hasMessageContaining("/q/health/ready");
        process.kill();
    }

    @Test
    void aMissingJarIsReportedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ServiceProcess.start(
                new ServiceSpec("ghost", dir.resolve("nope/quarkus-run.jar"), port, Map.of()), log))
                .isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("ghost")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aServiceOutlivesTheJvmThatStartedItAndIsStoppedByItsPidFile() throws Exception {
        Path pidFile = dir.resolve("pids/tiny.pid");
        var launcher = new ProcessBuilder(ServiceProcess.javaExecutable(), "-cp",
                TinyServiceJar.TEST_CLASSES + File.pathSeparator + TinyServiceJar.MAIN_CLASSES,
                LauncherThatExits.class.getName(), jar.toString(), Integer.toString(port), log.toString(), pidFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.out").toFile())
                .start();
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).as(Files.readString(dir.resolve("launcher.out"))).isZero();

        var service = PidFile.read(pidFile).orElseThrow();
        started.add(service.pid());
        var attached = ServiceProcess.attach("tiny", service, log, ReadinessProbe.quarkusHealth(port));
        attached.awaitReady(READY);

        assertThat(ServiceProcess.stopByPidFile(pidFile)).isTrue();
        assertThat(gone(service.pid())).isTrue();
        assertThat(pidFile).doesNotExist();
        assertThat(ServiceProcess.stopByPidFile(pidFile)).isFalse();
    }

    @Test
    void aPidFileWhosePidWasReusedNamesNoProcess() throws Exception {
        Path pidFile = dir.resolve("pids/other.pid");
        Files.createDirectories(pidFile.getParent());
        // Our own PID, but with another start time: the process the file meant is gone, this one must not be hit.
        Files.writeString(pidFile, ProcessHandle.current().pid() + " 12345\n");

        assertThat(PidFile.read(pidFile)).isEmpty();
        assertThat(ServiceProcess.stopByPidFile(pidFile)).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
