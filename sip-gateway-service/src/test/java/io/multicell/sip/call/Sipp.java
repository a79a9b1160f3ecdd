package io.multicell.sip.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One sipp (sip-tester) run with a scenario of src/test/resources/sipp, on 127.0.0.1, in a directory of its own
 * (its traces land there). Stopped by its PID.
 */
final class Sipp implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final String scenario;

    private Sipp(Process process, Path directory, String scenario) {
        this.process = process;
        this.directory = directory;
        this.scenario = scenario;
    }

    /**
     * Starts sipp.
     *
     * @param remote "host:port" sipp talks to (empty for a UAS)
     * @param extra further options (-s, -au, -key, -rtp_echo ...)
     */
    static Sipp start(String scenario, String remote, int port, int mediaPort, String... extra) {
        try {
            Path directory = Files.createTempDirectory("sipp-");
            Path file = Path.of(Sipp.class.getResource("/sipp/" + scenario).toURI());
            List<String> command = new ArrayList<>(List.of("sipp"));
            if (!remote.isEmpty()) {
                command.add(remote);
            }
            command.addAll(List.of("-sf", file.toString(), "-i", "127.0.0.1", "-p", String.valueOf(port), "-mi", "127.0.0.1",
                    "-mp", String.valueOf(mediaPort), "-m", "1", "-nostdin", "-timeout", "30s", "-timeout_error",
                    "-trace_msg", "-trace_err"));
            command.addAll(List.of(extra));
            var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("sipp.out").toFile()).start();
            return new Sipp(process, directory, scenario);
        } catch (IOException e) {
            throw new UncheckedIOException("sipp not startable (install sip-tester)", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for sipp to finish; its exit code (0: every message of the scenario came as expected). */
    int awaitExit(long seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                close();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    boolean running() {
        return process.isAlive();
    }

    /** Everything sipp wrote: its output, errors and message trace, for a failing assertion. */
    String log() {
        var text = new StringBuilder("sipp " + scenario + " in " + directory + ":\n");
        try (var files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                text.append("--- ").append(file.getFileName()).append('\n')
                        .append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
            }
        } catch (IOException e) {
            text.append(e);
        }
        return text.toString();
    }

    /** One message of sipp's message trace (-trace_msg): whether sipp received or sent it, its start line, all of it. */
    record TracedMessage(boolean received, String startLine, String text) {
    }

    /** Every message sipp sent or received so far, retransmissions and copies it absorbed included, in order. */
    List<TracedMessage> trace() {
        var messages = new ArrayList<TracedMessage>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_messages.log")).toList()) {
                for (String block : Files.readString(file, StandardCharsets.ISO_8859_1).split("-{47} ")) {
                    String[] lines = block.split("\r?\n");
                    if (lines.length < 4 || !lines[1].startsWith("UDP message")) {
                        continue;
                    }
                    messages.add(new TracedMessage(lines[1].contains("received"), lines[3].strip(), block));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

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
}
