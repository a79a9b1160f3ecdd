package io.multicell.bench;

import java.util.function.BooleanSupplier;

/**
 * How a benchmark command ends: whatever it started is stopped on Ctrl-C and after the run (also when it failed), a
 * failure is printed in one line, and the exit code says whether the figures were printed (0) or not (1).
 */
final class BenchRun {

    private BenchRun() {
    }

    static void runAndExit(String command, Runnable stopAll, BooleanSupplier run) {
        Runtime.getRuntime().addShutdownHook(new Thread(stopAll, "stop-" + command));
        boolean ran;
        try {
            ran = run.getAsBoolean();
        } catch (RuntimeException e) {
            System.out.println(command + " failed: " + e.getMessage());
            ran = false;
        } finally {
            stopAll.run();
        }
        System.exit(ran ? 0 : 1);
    }
}
