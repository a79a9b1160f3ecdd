package io.multicell.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * "pid startMillis" of a process we started. The start time guards against PID reuse: after a reboot an old file
 * must not make us signal somebody else's process.
 */
public final class PidFile {

    private PidFile() {
    }

    public static void write(Path file, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, process.pid() + " " + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The live process the file names; empty when there is no file, the process is gone or the PID was reused. */
    public static Optional<ProcessHandle> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] fields;
        try {
            fields = Files.readString(file).trim().split("\\s+");
        } catch (IOException e) {
            return Optional.empty();
        }
        long pid;
        long started;
        try {
            pid = Long.parseLong(fields[0]);
            started = fields.length > 1 ? Long.parseLong(fields[1]) : 0L;
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> started == 0L || p.info().startInstant().map(Instant::toEpochMilli).orElse(started) == started);
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
