package io.multicell.base.air;

import java.time.Instant;

/** One handset locked here, as the REST API shows it. */
public record HandsetView(String ipui, SessionState state, double rssiDbm, String model, String firmware, Instant since) {
}
