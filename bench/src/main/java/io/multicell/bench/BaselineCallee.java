package io.multicell.bench;

import io.multicell.testing.sip.SippProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The baseline's far end: a sipp UAS (deploy/sipp/uas-answer-echo.xml, 180 then 200 at once, no media) answering
 * every call of the whole benchmark, registered at Kamailio as the subscriber after the handsets with
 * deploy/sipp/register-contact.xml. Ended by its PID.
 */
final class BaselineCallee implements AutoCloseable {

    private static final long ANSWER_AT_MOST = 100_000_000L;

    private final Process process;

    private BaselineCallee(Process process) {
        this.process = process;
    }

    static BaselineCallee start(Path directory, int kamailioPort, String number) {
        int port = Ports.freeUdp();
        Process process;
        try {
            Files.createDirectories(directory);
            process = new ProcessBuilder(List.of("sipp", "-sf", SippProcess.scenarioPath("uas-answer-echo.xml").toString(),
                    "-i", "127.0.0.1", "-p", Integer.toString(port), "-mp", Integer.toString(Ports.freeUdp()),
                    "-m", Long.toString(ANSWER_AT_MOST), "-nostdin", "-trace_err"))
                    .directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("sipp-screen.txt").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var callee = new BaselineCallee(process);
        try (SippProcess registration = SippProcess.scenario("register-contact.xml").remote("127.0.0.1", kamailioPort)
                .service(number).credentials(number, "pw" + number).key("contact_port", Integer.toString(port))
                .localPort(Ports.freeUdp()).calls(1).start()) {
            int exit = registration.awaitExit(Duration.ofSeconds(30));
            if (exit != SippProcess.ALL_CALLS_SUCCEEDED) {
                callee.close();
                throw new BenchmarkException("the baseline callee " + number + " did not register at Kamailio:\n" + registration.output());
            }
        }
        if (!process.isAlive()) {
            throw new BenchmarkException("the baseline sipp UAS exited with " + process.exitValue() + " (see " + directory + ")");
        }
        return callee;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
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
