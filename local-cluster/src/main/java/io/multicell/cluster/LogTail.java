package io.multicell.cluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last lines of a log file, read from its end so that a large log costs nothing. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    public static List<String> lastLines(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (var file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - MAX_BYTES);
            var bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            var all = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
            if (start > 0 && !all.isEmpty()) {
                all.remove(0); // cut in the middle of a line
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    /** The last lines, indented, for an error message. */
    public static String indented(Path log, int lines) {
        var tail = lastLines(log, lines);
        if (tail.isEmpty()) {
            return "    (log " + log + " is empty)";
        }
        var sb = new StringBuilder();
        tail.forEach(line -> sb.append("    ").append(line).append('\n'));
        return sb.toString().stripTrailing();
    }
}
