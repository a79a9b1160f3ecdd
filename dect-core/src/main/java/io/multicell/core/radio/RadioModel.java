package io.multicell.core.radio;

/** Log-distance path loss between two points of the floor plan. Deterministic: same inputs, same RSSI. */
public final class RadioModel {

    /** Below this distance the reference loss applies (no gain from being closer than 1 m). */
    private static final double REFERENCE_DISTANCE_METRES = 1.0;

    private final RadioParameters parameters;

    public RadioModel(RadioParameters parameters) {
        this.parameters = parameters;
    }

    public RadioParameters parameters() {
        return parameters;
    }

    public double pathLossDb(FloorPosition from, FloorPosition to) {
        double d = Math.max(REFERENCE_DISTANCE_METRES, from.distanceTo(to));
        return parameters.referenceLossDb() + 10 * parameters.pathLossExponent() * Math.log10(d / REFERENCE_DISTANCE_METRES);
    }

    /** Received signal strength at {@code to} of a transmitter at {@code from} sending with the base's power. */
    public double rssiDbm(FloorPosition from, FloorPosition to) {
        return parameters.txPowerDbm() - pathLossDb(from, to);
    }

    /** Whether a base at {@code slave} hears a base at {@code master} well enough to synchronise to it. */
    public boolean canSynchronise(FloorPosition slave, FloorPosition master) {
        return rssiDbm(master, slave) >= parameters.syncThresholdDbm();
    }

    /**
     * Distance from a base at which its signal falls to {@code thresholdDbm}: the inverse of {@link #rssiDbm}. Within
     * the reference distance the loss is constant, so a threshold above the signal at 1 m gives 0.
     */
    public double rangeMetres(double thresholdDbm) {
        double excessDb = parameters.txPowerDbm() - parameters.referenceLossDb() - thresholdDbm;
        if (excessDb < 0) {
            return 0;
        }
        return REFERENCE_DISTANCE_METRES * Math.pow(10, excessDb / (10 * parameters.pathLossExponent()));
    }

    /** How far a handset still hears a base (its sensitivity): the coverage circle drawn on the floor plan. */
    public double coverageRadiusMetres() {
        return rangeMetres(parameters.handsetSensitivityDbm());
    }
}
