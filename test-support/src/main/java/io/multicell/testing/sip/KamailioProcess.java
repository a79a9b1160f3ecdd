package io.multicell.testing.sip;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real Kamailio (Debian package) with the project's own configuration, deploy/kamailio/kamailio.cfg, on a UDP port
 * of 127.0.0.1, in a temporary run directory: started, awaited until it answers OPTIONS, stopped by PID. Its log
 * (stderr) of each start is a file of its own, for counting what it received.
 */
public final class KamailioProcess implements AutoCloseable {

    public static final String INSTALL_HINT = "run .ci/install-sip-peers (installs the Debian packages kamailio and sip-tester)";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path executable;
    private final Path config;
    private final Path runDirectory;
    private final int port;
    private final int lastSubscriber;
    private final List<Path> logs = new ArrayList<>();
    private Process process;
    private long pid;

    private KamailioProcess(Path executable, Path config, Path runDirectory, int port, int lastSubscriber) {
        this.lastSubscriber = lastSubscriber;
        this.executable = executable;
        this.config = config;
        this.runDirectory = runDirectory;
        this.port = port;
    }

    /** Starts Kamailio on 127.0.0.1:{@code port}; fails the test when Kamailio is not installed. */
    public static KamailioProcess start(int port) {
        return start(port, DEFAULT_LAST_SUBSCRIBER);
    }

    /** The configuration's subscribers are 1001..1030 unless told otherwise (define LAST_SUBSCRIBER). */
    public static final int DEFAULT_LAST_SUBSCRIBER = 1030;

    /** As {@link #start(int)}, with subscribers 1001..{@code lastSubscriber} (the call benchmark needs more than 30). */
    public static KamailioProcess start(int port, int lastSubscriber) {
        if (lastSubscriber < 1001 || lastSubscriber > 1999) {
            throw new IllegalArgumentException("last subscriber must be 1001..1999, was " + lastSubscriber);
        }
        Path executable = findExecutable().orElseThrow(() -> new IllegalStateException(
                "Kamailio is not installed (no 'kamailio' on PATH, /usr/sbin or /usr/local/sbin): " + INSTALL_HINT));
        try {
            var kamailio = new KamailioProcess(executable, projectConfig(), Files.createTempDirectory("kamailio-"), port,
                    lastSubscriber);
            kamailio.startAgain();
            return kamailio;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Starts the (stopped) Kamailio again on the same port, with a fresh log and an empty location table. */
    public void startAgain() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Kamailio is running (pid " + pid + ")");
        }
        try {
            Path log = runDirectory.resolve("kamailio-" + (logs.size() + 1) + ".log");
            Path pidFile = runDirectory.resolve("kamailio.pid");
            Files.deleteIfExists(pidFile);
            logs.add(log);
            process = new ProcessBuilder(executable.toString(),
                    "-f", config.toString(),
                    "-DD", "-E",
                    "-m", "256", "-M", "16",
                    "-A", "LISTEN=udp:127.0.0.1:" + port,
                    "-A", "LAST_SUBSCRIBER=" + lastSubscriber,
                    "-w", runDirectory.toString(),
                    "-Y", runDirectory.toString(),
                    "-P", pidFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            pid = process.pid();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!answersOptions()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kamailio exited with " + process.exitValue() + ":\n" + log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kamailio did not answer OPTIONS on 127.0.0.1:" + port + " within "
                            + START_TIMEOUT.toSeconds() + " s:\n" + log());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops Kamailio by its PID (SIGTERM; the main process takes its workers down) and waits until it is gone. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The log of the current (or last) run. */
    public String log() {
        try {
            return Files.readString(logs.get(logs.size() - 1), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of the current run's log that contain every one of the fragments. */
    public long countLines(String... fragments) {
        return log().lines().filter(line -> Stream.of(fragments).allMatch(line::contains)).count();
    }

    /** Credentialed REGISTERs of this user that the current run received. */
    public long authenticatedRegisters(String user) {
        return countLines("MC-REG request aor=sip:" + user + "@", "auth=" + user + " ");
    }

    /** REGISTERs of this user the current run accepted (200 OK, binding saved). */
    public long acceptedRegisters(String user) {
        return countLines("MC-REG ok aor=sip:" + user + "@");
    }

    /** Stops Kamailio and removes its run directory. */
    @Override
    public void close() {
        stop();
        try (var files = Files.walk(runDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }

    private boolean answersOptions() throws IOException {
        String branch = "z9hG4bK" + UUID.randomUUID();
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(200);
            String options = "OPTIONS sip:127.0.0.1:" + port + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:probe@127.0.0.1>;tag=" + UUID.randomUUID() + "\r\n"
                    + "To: <sip:127.0.0.1:" + port + ">\r\n"
                    + "Call-ID: " + UUID.randomUUID() + "\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n";
            byte[] bytes = options.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            var answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII).startsWith("SIP/2.0 200");
        } catch (SocketTimeoutException | java.net.PortUnreachableException e) {
            return false;
        }
    }

    private static Optional<Path> findExecutable() {
        var directories = new ArrayList<String>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        directories.addAll(List.of("/usr/sbin", "/usr/local/sbin"));
        return directories.stream().filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "kamailio"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** deploy/kamailio/kamailio.cfg of the project, found from the module directory upwards. */
    public static Path projectConfig() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path config = directory.resolve("deploy/kamailio/kamailio.cfg");
            if (Files.isRegularFile(config)) {
                return config;
            }
        }
        throw new IllegalStateException("deploy/kamailio/kamailio.cfg not found above " + Path.of("").toAbsolutePath());
    }
}
