package io.multicell.bench;

import io.multicell.testing.sip.SippProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One sipp caller run of deploy/sipp/uac-bench.xml: {@code rate} calls per second for {@code seconds}, each to the
 * next number of an injection file, held {@code hold} and hung up; sipp's statistics file and rtt file are read
 * afterwards. Runs in a directory of its own (kept: sipp's screen, errors, statistics).
 */
final class SippLoad {

    static final String SCENARIO = "uac-bench.xml";
    static final String RINGING_TIMER = "ringing";
    static final String ANSWERED_TIMER = "answered";
    /** A call without its next expected message within this time fails (sipp -recv_timeout). */
    static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(5);

    private SippLoad() {
    }

    static LoadResult run(CallPath path, Path directory, int kamailioPort, List<String> numbers, int rate, int seconds, Duration hold) {
        long planned = (long) rate * seconds;
        try {
            Files.createDirectories(directory);
            Path numbersFile = directory.resolve("numbers.csv");
            var lines = new ArrayList<String>();
            lines.add("SEQUENTIAL");
            lines.addAll(numbers);
            Files.write(numbersFile, lines, StandardCharsets.US_ASCII);
            Duration limit = Duration.ofSeconds(seconds).plus(hold).plus(RECEIVE_TIMEOUT.multipliedBy(3)).plusSeconds(20);
            var command = List.of("sipp", "127.0.0.1:" + kamailioPort,
                    "-sf", SippProcess.scenarioPath(SCENARIO).toString(),
                    "-inf", numbersFile.toString(),
                    "-i", "127.0.0.1", "-p", Integer.toString(Ports.freeUdp()), "-mp", Integer.toString(Ports.freeUdp()),
                    "-r", Integer.toString(rate), "-m", Long.toString(planned), "-d", Long.toString(hold.toMillis()),
                    "-recv_timeout", Long.toString(RECEIVE_TIMEOUT.toMillis()),
                    "-timeout", limit.toSeconds() + "s", "-timeout_error",
                    "-nostdin", "-trace_err", "-trace_stat", "-stf", "stat.csv", "-fd", "1", "-trace_rtt", "-rtt_freq", "1");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("sipp-screen.txt").toFile()).start();
            int exit;
            try {
                if (!process.waitFor(limit.toSeconds() + 10, TimeUnit.SECONDS)) {
                    ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
                    return LoadResult.failed(path, rate, planned, hold.toMillis(), "sipp did not end within " + limit.toSeconds() + " s");
                }
                exit = process.exitValue();
            } catch (InterruptedException e) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
                Thread.currentThread().interrupt();
                throw new BenchmarkException("interrupted during the sipp load", e);
            }
            Path statFile = directory.resolve("stat.csv");
            if (!Files.isRegularFile(statFile)) {
                return LoadResult.failed(path, rate, planned, hold.toMillis(), "sipp exited with " + exit + " and wrote no statistics (see "
                        + directory.resolve("sipp-screen.txt") + ")");
            }
            var statistics = SippStatistics.parse(Files.readAllLines(statFile, StandardCharsets.ISO_8859_1));
            Map<String, ResponseTimes> times = ResponseTimes.parse(rttLines(directory));
            // sipp's exit status: 0 all calls succeeded, 1 some failed; anything else is sipp itself failing
            Optional<String> problem = exit == 0 || exit == 1 ? Optional.empty()
                    : Optional.of("sipp exited with " + exit + " (see " + directory.resolve("sipp-screen.txt") + ")");
            return new LoadResult(path, rate, planned, hold.toMillis(), Optional.of(statistics),
                    times.getOrDefault(RINGING_TIMER, ResponseTimes.none()), times.getOrDefault(ANSWERED_TIMER, ResponseTimes.none()),
                    problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** sipp names its rtt file after the scenario and its PID. */
    private static List<String> rttLines(Path directory) throws IOException {
        var lines = new ArrayList<String>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_rtt.csv")).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }
}
