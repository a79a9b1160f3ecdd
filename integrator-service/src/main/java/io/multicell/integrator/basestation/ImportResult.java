package io.multicell.integrator.basestation;

/** How many bases an import confirmed or updated (the local base is never imported). */
public record ImportResult(int imported) {
}
