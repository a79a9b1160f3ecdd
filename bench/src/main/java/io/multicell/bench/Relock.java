package io.multicell.bench;

import java.time.Instant;

/** A handset locking to another base ({@code at}: when it did), or the DM moving its location ({@code at}: occurred_at). */
public record Relock(Instant at, String fromBase, String toBase) {
}
