package io.multicell.integrator.handset;

/** A change of the handset plan, computed from the committed plan and what the DM reports live. */
@FunctionalInterface
public interface HandsetChange {

    /** The next plan; throws {@link io.multicell.core.InvalidValueException} (and friends) to change nothing. */
    HandsetPlan apply(HandsetPlan current, LiveSubscriptions live);
}
