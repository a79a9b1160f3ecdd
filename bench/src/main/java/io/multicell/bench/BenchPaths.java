package io.multicell.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where the benchmarks find the repository (launchers pass it) and where each run keeps its files. */
final class BenchPaths {

    private BenchPaths() {
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("multicell.repo.root", System.getenv().getOrDefault("MULTICELL_REPO_ROOT", ".")))
                .toAbsolutePath().normalize();
    }

    /** bench/target/{name}-{yyyyMMdd-HHmmss}: one directory per run, so runs never mix their logs. */
    static Path runDirectory(Path repoRoot, String name) {
        return repoRoot.resolve("bench/target/" + name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
