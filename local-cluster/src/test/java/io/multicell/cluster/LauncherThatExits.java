package io.multicell.cluster;

import java.nio.file.Path;
import java.util.Map;

/** Starts a {@link TinyService} with {@link ServiceProcess}, records its PID and exits at once (like `minicell up`). */
public final class LauncherThatExits {

    private LauncherThatExits() {
    }

    /** args: jar, http port, log file, pid file. */
    public static void main(String[] args) {
        var spec = new ServiceSpec("tiny", Path.of(args[0]), Integer.parseInt(args[1]),
                Map.of("QUARKUS_HTTP_PORT", args[1]));
        var process = ServiceProcess.start(spec, Path.of(args[2]));
        PidFile.write(Path.of(args[3]), process.handle());
        System.exit(0);
    }
}
