package io.multicell.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the checkout the checks read: the repository root and its deploy/ tree. */
final class Repository {

    private Repository() {
    }

    /** The root: system property multicell.repo.root (set by Maven), else the first parent holding deploy/. */
    static Path root() {
        String configured = System.getProperty("multicell.repo.root");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "deploy"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root with deploy/kubernetes above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path deploy(String relative) {
        return root().resolve("deploy").resolve(relative);
    }
}
