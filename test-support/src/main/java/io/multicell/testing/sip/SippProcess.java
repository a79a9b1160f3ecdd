package io.multicell.testing.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real sipp (Debian package sip-tester) running one of the project's scenarios (deploy/sipp/*.xml) as far-end
 * caller or callee on 127.0.0.1. Started in its own run directory (its error trace lands there), ended by PID.
 */
public final class SippProcess implements AutoCloseable {

    /** sipp's exit status when every call of the run succeeded. */
    public static final int ALL_CALLS_SUCCEEDED = 0;

    private final Process process;
    private final Path runDirectory;
    private final Path log;
    private final List<String> command;

    private SippProcess(Process process, Path runDirectory, Path log, List<String> command) {
        this.process = process;
        this.runDirectory = runDirectory;
        this.log = log;
        this.command = command;
    }

    /** A sipp run of deploy/sipp/{@code scenarioFile}. */
    public static Options scenario(String scenarioFile) {
        return new Options(scenarioFile);
    }

    /** Waits for sipp to end by itself and returns its exit status; ends it and fails when it takes longer. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException("sipp did not end within " + timeout.toSeconds() + " s: " + command + "\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What sipp printed plus its error trace, for failure messages. */
    public String output() {
        var text = new StringBuilder(String.join(" ", command)).append('\n');
        try (Stream<Path> files = Files.list(runDirectory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log") || f.equals(log)).toList()) {
                String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                text.append("--- ").append(file.getFileName()).append('\n')
                        .append(content.length() > 6000 ? content.substring(content.length() - 6000) : content);
            }
        } catch (IOException e) {
            text.append("(output unreadable: ").append(e).append(')');
        }
        return text.toString();
    }

    /** Ends sipp by its PID when it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Command line of one sipp run. */
    public static final class Options {
        private final String scenarioFile;
        private final List<String> arguments = new ArrayList<>();
        private String remote;

        private Options(String scenarioFile) {
            this.scenarioFile = scenarioFile;
        }

        /** Where requests go (the PBX); a callee scenario has none. */
        public Options remote(String host, int port) {
            this.remote = host + ":" + port;
            return this;
        }

        /** [service]: the user part called or registered. */
        public Options service(String user) {
            return add("-s", user);
        }

        /** Local SIP port. */
        public Options localPort(int port) {
            return add("-p", Integer.toString(port));
        }

        /** RTP port of [media_port]; with {@code echo} every RTP packet received there goes back to its sender. */
        public Options media(int port, boolean echo) {
            add("-mp", Integer.toString(port));
            if (echo) {
                arguments.add("-rtp_echo");
            }
            return this;
        }

        /** Length of every {@code <pause/>} of the scenario. */
        public Options pause(Duration pause) {
            return add("-d", Long.toString(pause.toMillis()));
        }

        /** Calls to make (or answer) before sipp ends. */
        public Options calls(int calls) {
            return add("-m", Integer.toString(calls));
        }

        /** Calls started per second. */
        public Options rate(double callsPerSecond) {
            return add("-r", Double.toString(callsPerSecond));
        }

        /** Digest credentials for [authentication]. */
        public Options credentials(String user, String password) {
            add("-au", user);
            return add("-ap", password);
        }

        /** A scenario keyword [name]. */
        public Options key(String name, String value) {
            arguments.add("-key");
            arguments.add(name);
            arguments.add(value);
            return this;
        }

        private Options add(String option, String value) {
            arguments.add(option);
            arguments.add(value);
            return this;
        }

        /** Starts sipp; fails when it is not installed. */
        public SippProcess start() {
            Path executable = findExecutable().orElseThrow(() -> new IllegalStateException(
                    "sipp is not installed (no 'sipp' on PATH): " + KamailioProcess.INSTALL_HINT));
            try {
                Path runDirectory = Files.createTempDirectory("sipp-");
                Path log = runDirectory.resolve("sipp-screen.txt");
                var command = new ArrayList<String>();
                command.add(executable.toString());
                if (remote != null) {
                    command.add(remote);
                }
                command.addAll(List.of("-sf", scenarioPath(scenarioFile).toString(), "-i", "127.0.0.1", "-nostdin",
                        "-trace_err", "-timeout", "120s", "-timeout_error"));
                command.addAll(arguments);
                Process process = new ProcessBuilder(command).directory(runDirectory.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                return new SippProcess(process, runDirectory, log, command);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** deploy/sipp/{@code file} of the project, found from the working directory upwards. */
    public static Path scenarioPath(String file) {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path scenario = directory.resolve("deploy/sipp").resolve(file);
            if (Files.isRegularFile(scenario)) {
                return scenario;
            }
        }
        throw new IllegalStateException("deploy/sipp/" + file + " not found above " + Path.of("").toAbsolutePath());
    }

    private static Optional<Path> findExecutable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "sipp"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
