package io.multicell.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The call benchmark's printed text: how each figure is taken, one line per path and rate, and the summary. */
final class CallReport {

    /** The goal: p99 INVITE→200 at most 50 ms at 100 calls/s on the gateway path. */
    static final int GOAL_RATE = 100;
    static final int GOAL_P99_MILLIS = 50;

    private CallReport() {
    }

    static String method(int handsets, int bases, int seconds, int warmupSeconds, Duration receiveTimeout, String jvmOptions) {
        return String.join("\n",
                "Method:",
                "  Both paths run the same sipp scenario, deploy/sipp/uac-bench.xml, one after the other at each rate:",
                "    gateway   sipp → Kamailio → SIP gateway → virtual handset (AUTO answer); numbers 1001.." + (1000 + handsets)
                        + " in turn (-inf),",
                "              " + handsets + " handsets dealt round " + bases + " bases on a 20 m grid (≤ " + (handsets + bases - 1) / bases
                        + " per base, 8 channels each)",
                "    baseline  sipp → Kamailio → sipp UAS (uas-answer-echo.xml, 180 then 200 at once), registered as "
                        + (1001 + handsets),
                "  offered     calls sipp started (OutgoingCall) of rate × " + seconds + " s planned; successful/failed: sipp's",
                "              SuccessfulCall/FailedCall (-trace_stat); a call fails on any unexpected answer, or without",
                "              its next message within " + receiveTimeout.toMillis() + " ms (-recv_timeout); retx: sipp's retransmissions.",
                "  hold        each answered call is ACKed, held (-d) and hung up with BYE; hold = min(1 s, " + handsets
                        + " / rate / 4) so a",
                "              handset has time to set each call up and clear it before its next. No media (sipp sends no RTP).",
                "  →180, →200  sipp's response-time timers (rtd): INVITE sent → 180 Ringing received, INVITE sent → 200 OK",
                "              received, one sample per call (-trace_rtt -rtt_freq 1); p50/p99 by nearest rank over the samples",
                "              of the rate (n = samples). sipp reads its clock once per pass of its event loop: figures come in",
                "              whole ms and in steps of a few ms, so the baseline's 0..4 ms mean 'below sipp's resolution'.",
                warmupSeconds > 0
                        ? "  warm-up     " + warmupSeconds + " s of each path at a quarter of the first rate, not counted (rows 'warm-up')."
                        : "  warm-up     none (--warmup-seconds 0): the first rate also pays the services' JIT warm-up.",
                "  between     after each gateway load the run waits until the DM holds no call and every handset is idle.",
                "  clean       every planned call started and succeeded; each path stops at its first rate that is not clean.",
                "  CPU         after each gateway load: CPU time (user + system, from the OS) each service's process used from",
                "              the start of the load until every handset was idle again, less what it uses idle (measured 5 s",
                "              before the loads, no call) over that time, divided by the successful calls; the bases summed.",
                "              It includes the 20 ms voice frames the handsets send while a call is held, and the JIT compiling:",
                "              the cost of a call, where latency on a shared machine says as much about the others' load.",
                "  JVMs        " + jvmOptions);
    }

    static String header() {
        return String.format(Locale.ROOT, "  %-16s %6s %6s %8s %10s %6s %6s  %-22s %-22s", "path", "rate", "hold",
                "offered", "successful", "failed", "retx", "INVITE→180 p50/p99 ms", "INVITE→200 p50/p99 ms");
    }

    /** One line of figures; {@code note} (e.g. "warm-up") follows the path's name. */
    static String row(LoadResult r, String note) {
        String label = note.isEmpty() ? r.path().label : r.path().label + " " + note;
        String line = String.format(Locale.ROOT, "  %-16s %6d %4dms %8d %10d %6d %6s  %-22s %-22s", label, r.rate(),
                r.holdMillis(), r.offered(), r.successful(), r.failed(),
                r.statistics().map(s -> Long.toString(s.retransmissions())).orElse("n/a"), timer(r.ringing()), timer(r.answered()));
        if (r.offered() != r.planned() && r.statistics().isPresent()) {
            line += "\n           only " + r.offered() + " of " + r.planned() + " planned calls started";
        }
        return line + r.problem().map(p -> "\n           " + p).orElse("");
    }

    static String timer(ResponseTimes times) {
        if (times.count() == 0) {
            return "n/a (n=0)";
        }
        return millis(times.millis(0.50)) + " / " + millis(times.millis(0.99)) + " (n=" + times.count() + ")";
    }

    private static String millis(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : "n/a";
    }

    /** The highest rate of a path whose load was clean. */
    static OptionalInt highestCleanRate(List<LoadResult> results, CallPath path) {
        return results.stream().filter(r -> r.path() == path && r.clean()).mapToInt(LoadResult::rate).max();
    }

    static String summary(List<LoadResult> results, List<Integer> rates) {
        OptionalInt gateway = highestCleanRate(results, CallPath.GATEWAY);
        OptionalInt baseline = highestCleanRate(results, CallPath.BASELINE);
        var text = new StringBuilder("Summary (rates tried: " + rates + " calls/s)\n");
        for (CallPath path : CallPath.values()) {
            OptionalInt best = path == CallPath.GATEWAY ? gateway : baseline;
            Optional<LoadResult> at = results.stream().filter(r -> r.path() == path && best.isPresent() && r.rate() == best.getAsInt())
                    .findFirst();
            String notClean = results.stream().filter(r -> r.path() == path && !r.clean()).findFirst()
                    .map(r -> "first failing rate " + r.rate() + "/s (" + r.failed() + " failed of " + r.offered() + " offered)")
                    .orElse("no failing rate among those tried");
            text.append(String.format(Locale.ROOT, "  %-8s highest clean rate %s; %s%n", path.label,
                    best.isPresent() ? best.getAsInt() + " calls/s"
                            + (best.getAsInt() == rates.stream().mapToInt(Integer::intValue).max().orElse(0) ? " (the highest rate tried: a lower bound)" : "")
                            : "none", notClean));
            at.ifPresent(r -> text.append(String.format(Locale.ROOT, "           at %d/s: INVITE→180 %s, INVITE→200 %s ms%n", r.rate(),
                    timer(r.ringing()), timer(r.answered()))));
        }
        text.append("  ratio    gateway / baseline highest clean rate = ").append(ratio(gateway, baseline)).append('\n');
        text.append("  goals    gateway ≥ half the baseline's clean rate: ").append(gateway.isPresent() && baseline.isPresent()
                ? (2L * gateway.getAsInt() >= baseline.getAsInt() ? "met" : "not met") : "n/a");
        Optional<LoadResult> at100 = results.stream().filter(r -> r.path() == CallPath.GATEWAY && r.rate() == GOAL_RATE).findFirst();
        text.append("; gateway p99 INVITE→200 ≤ ").append(GOAL_P99_MILLIS).append(" ms at ").append(GOAL_RATE).append("/s: ")
                .append(at100.map(r -> r.answered().millis(0.99).isPresent()
                        ? String.format(Locale.ROOT, "%.0f ms, %s", r.answered().millis(0.99).getAsDouble(),
                                r.clean() && r.answered().millis(0.99).getAsDouble() <= GOAL_P99_MILLIS ? "met" : "not met")
                        : "n/a").orElse("not run (" + GOAL_RATE + "/s not reached)"));
        return text.toString();
    }

    static String ratio(OptionalInt gateway, OptionalInt baseline) {
        if (gateway.isEmpty() || baseline.isEmpty()) {
            return "n/a (a path has no clean rate)";
        }
        return String.format(Locale.ROOT, "%d / %d = %.2f", gateway.getAsInt(), baseline.getAsInt(),
                (double) gateway.getAsInt() / baseline.getAsInt());
    }
}
