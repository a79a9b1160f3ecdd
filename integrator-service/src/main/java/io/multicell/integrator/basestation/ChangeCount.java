package io.multicell.integrator.basestation;

/** How many bases changed status because of a synchronisation run. */
public record ChangeCount(int changed) {
}
