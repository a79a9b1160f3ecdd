package io.multicell.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The handover benchmark's printed figures. */
final class HandoverReport {

    /** The goals: no lost frame, p99 handover within one DECT frame. */
    static final long GOAL_P99_MILLIS = 10;

    private HandoverReport() {
    }

    /** What happened during the warm-up: its handovers, and the handsets' calls as they stood at its end. */
    record Window(List<HandoverTap.Handover> handovers, Collection<JsonNode> callsAtEnd) {
    }

    static String report(HandoverBenchmark.Arguments a, Window warmup, List<HandoverTap.Handover> handovers,
            Collection<JsonNode> calls, Duration walked, String machine, String farEnd) {
        long ok = handovers.stream().filter(HandoverTap.Handover::success).count();
        long failed = handovers.size() - ok;
        var durations = new Percentiles(handovers.stream().filter(HandoverTap.Handover::success)
                .map(HandoverTap.Handover::duration).toList());
        long atHandsets = calls.stream().mapToLong(c -> c.path("handovers").asLong()).sum();
        long connected = calls.stream().filter(c -> "CONNECTED".equals(c.path("state").asText())).count();
        var ended = calls.stream().filter(c -> !"CONNECTED".equals(c.path("state").asText()))
                .collect(Collectors.groupingBy(c -> c.path("state").asText() + "/" + c.path("releaseCause").asText("-"),
                        TreeMap::new, Collectors.counting()));
        Collection<JsonNode> before = warmup.callsAtEnd();
        long sent = sum(calls, "framesSent") - sum(before, "framesSent");
        long received = sum(calls, "framesReceived") - sum(before, "framesReceived");
        long lost = sum(calls, "lost") - sum(before, "lost");
        long duplicates = sum(calls, "duplicatesDropped") - sum(before, "duplicatesDropped");
        long outOfOrder = sum(calls, "outOfOrder") - sum(before, "outOfOrder");
        long echoed = sum(calls, "echoedFrames") - sum(before, "echoedFrames");
        long echoLost = sum(calls, "echoLost") - sum(before, "echoLost");
        long contentErrors = sum(calls, "contentErrors") - sum(before, "contentErrors");
        var warm = new Percentiles(warmup.handovers().stream().filter(HandoverTap.Handover::success)
                .map(HandoverTap.Handover::duration).toList());
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Warm-up (%d s): %d handovers (%d failed), duration p50 %s ms, p99 %s ms, max %s ms;"
                + " frames up to its end (from the call's start): lost %d, echo lost %d%n", a.warmupSeconds(),
                warmup.handovers().size(), warmup.handovers().stream().filter(h -> !h.success()).count(),
                ms(warm.millis(0.50)), ms(warm.millis(0.99)), ms(warm.millis(1.0)), sum(before, "lost"), sum(before, "echoLost")));
        text.append(String.format(Locale.ROOT, "Handovers after the warm-up (%d calls, %.0f s of walking)%n", calls.size(), walked.toMillis() / 1000.0));
        text.append(String.format(Locale.ROOT, "  HandoverCompleted events  %d ok, %d failed (%.1f/s); handsets counted %d%n", ok, failed,
                ok / Math.max(0.001, walked.toMillis() / 1000.0), atHandsets));
        text.append(String.format(Locale.ROOT, "  duration (decision → media on the new base)  p50 %s ms, p99 %s ms, max %s ms (n=%d)%n",
                ms(durations.millis(0.50)), ms(durations.millis(0.99)), ms(durations.millis(1.0)), durations.count()));
        text.append(String.format(Locale.ROOT, "  calls still connected at the end of the walk  %d of %d%s%n", connected, calls.size(),
                ended.isEmpty() ? "" : "; ended: " + ended));
        text.append(String.format(Locale.ROOT, "  uplink    frames sent %d; echoed back %d, echo lost %d, content errors %d%n", sent, echoed,
                echoLost, contentErrors));
        text.append(String.format(Locale.ROOT, "  downlink  frames received %d, lost %d, duplicated (dropped) %d, out of order %d%n",
                received, lost, duplicates, outOfOrder));
        text.append("  far end   ").append(farEnd).append('\n');
        text.append("  machine   ").append(machine).append(" (Kamailio, sipp and the Kafka broker not counted)\n");
        text.append(String.format(Locale.ROOT, "  goals     ≥ %d handovers: %s; 0 lost frames: %s; p99 ≤ %d ms: %s", a.handovers(),
                ok >= a.handovers() ? "met" : "not met (" + ok + ")", lost + echoLost == 0 ? "met" : "not met (" + (lost + echoLost) + ")",
                GOAL_P99_MILLIS, durations.millis(0.99).isPresent() && durations.millis(0.99).getAsLong() <= GOAL_P99_MILLIS ? "met" : "not met"));
        if (a.calls() < HandoverBenchmark.DEFAULT_CALLS) {
            text.append(String.format(Locale.ROOT, "%n  note      %d calls, not the issue's %d (--calls)", a.calls(), HandoverBenchmark.DEFAULT_CALLS));
        }
        return text.toString();
    }

    private static long sum(Collection<JsonNode> calls, String counter) {
        return calls.stream().mapToLong(c -> c.path("media").path(counter).asLong()).sum();
    }

    private static String ms(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "n/a";
    }
}
