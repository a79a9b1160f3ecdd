package io.multicell.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printed tables: how each figure is taken, one table per N, and a summary across N. */
final class Report {

    private Report() {
    }

    static String method(Duration walk) {
        return String.join("\n",
                "Method:",
                "  registrations/s  N / (first registration request sent → last HandsetRegistrationChanged \"Registered\" on",
                "                   multicell.registration.v1, by its occurred_at); all N requests are sent at once (16 in flight).",
                "  roams/s          HandsetRoamed events on multicell.roaming.v1 whose occurred_at lies in the window in which",
                "                   all N handsets walk (last walk request answered → first walk over), per second.",
                "  lock → DM        from the handset locking to a new base to the DM updating its location (the roam event's",
                "                   occurred_at is the DM's clock at that update). The simulator exposes no lock timestamp over",
                "                   its API, so two estimates of the lock moment are printed:",
                "                   (log)  the simulator's own log line \"handset ID (IPUI) re-locks A -> B\" (ms resolution);",
                "                   (path) the moment the handset crosses its hysteresis point: the simulator's rule (dect-core",
                "                          radio model, 6 dB hysteresis) applied along the path it was given, reached at its speed",
                "                          from the middle of the walk request; it moves once per 100 ms tick, so ±1 tick.",
                "                   Each DM update is paired with the latest earlier re-lock of that handset to the same base.",
                "  roam → consumed  the event's occurred_at to the moment this command's own Kafka consumer got it from poll().",
                "  Same machine, same clock for all processes. Walk: " + walk.toSeconds()
                        + " s, each handset its own speed (2..4 m/s) and start, to and fro on the line of bases.");
    }

    static String table(RunFigures f) {
        var rows = new LinkedHashMap<String, Figure>();
        rows.put("registrations per second", f.registrationsPerSecond());
        rows.put("roams per second", f.roamsPerSecond());
        rows.put("lock → DM location p50 (log)", f.lockToLocationP50());
        rows.put("lock → DM location p99 (log)", f.lockToLocationP99());
        rows.put("lock → DM location p50 (path)", f.computedLockToLocationP50());
        rows.put("lock → DM location p99 (path)", f.computedLockToLocationP99());
        rows.put("roam → event consumed p50", f.roamToConsumedP50());
        rows.put("roam → event consumed p99", f.roamToConsumedP99());
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "  %-32s %s%n", "N = " + f.handsets(), "figure"));
        rows.forEach((name, figure) -> text.append(String.format(Locale.ROOT, "  %-32s %s%n", name, figure.explained())));
        if (!f.details().isEmpty()) {
            text.append("  how:\n");
            f.details().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        return text.toString().stripTrailing();
    }

    static String summary(List<RunFigures> runs) {
        var text = new StringBuilder("Summary\n");
        text.append(String.format(Locale.ROOT, "  %6s %10s %9s %17s %17s %17s %10s%n", "N", "reg/s", "roams/s",
                "lock→DM p50/p99", "(path) p50/p99", "roam→consumed", ""));
        text.append(String.format(Locale.ROOT, "  %6s %10s %9s %17s %17s %17s%n", "", "", "", "(log) ms", "ms", "p50/p99 ms"));
        var reasons = new ArrayList<String>();
        for (RunFigures f : runs) {
            text.append(String.format(Locale.ROOT, "  %6d %10s %9s %17s %17s %17s%n", f.handsets(),
                    cell(f.registrationsPerSecond()), cell(f.roamsPerSecond()),
                    pair(f.lockToLocationP50(), f.lockToLocationP99()),
                    pair(f.computedLockToLocationP50(), f.computedLockToLocationP99()),
                    pair(f.roamToConsumedP50(), f.roamToConsumedP99())));
            for (Figure figure : List.of(f.registrationsPerSecond(), f.roamsPerSecond(), f.lockToLocationP99(),
                    f.computedLockToLocationP99(), f.roamToConsumedP99())) {
                figure.whyNot().map(w -> "  N = " + f.handsets() + ": n/a because " + w).filter(r -> !reasons.contains(r))
                        .ifPresent(reasons::add);
            }
        }
        reasons.forEach(r -> text.append(r).append('\n'));
        return text.toString().stripTrailing();
    }

    static boolean allMeasured(RunFigures f) {
        return Map.of(1, f.registrationsPerSecond(), 2, f.roamsPerSecond(), 3, f.lockToLocationP50(), 4, f.lockToLocationP99(),
                5, f.computedLockToLocationP50(), 6, f.computedLockToLocationP99(), 7, f.roamToConsumedP50(),
                8, f.roamToConsumedP99()).values().stream().allMatch(Figure::measured);
    }

    private static String cell(Figure f) {
        return f.value().isPresent() ? String.format(Locale.ROOT, "%.1f", f.value().getAsDouble()) : "n/a";
    }

    private static String pair(Figure p50, Figure p99) {
        return millis(p50) + " / " + millis(p99);
    }

    private static String millis(Figure f) {
        return f.value().isPresent() ? String.format(Locale.ROOT, "%.0f", f.value().getAsDouble()) : "n/a";
    }
}
