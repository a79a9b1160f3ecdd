package io.multicell.core.radio;

/**
 * Constants of the emulated air interface.
 *
 * @param txPowerDbm            transmit power of a base (DECT: 250 mW peak = 24 dBm)
 * @param referenceLossDb       path loss at 1 m (1.9 GHz free space is about 38 dB; 40 with body and antenna losses)
 * @param pathLossExponent      log-distance exponent (2 free space, 3..4 offices with walls)
 * @param syncThresholdDbm      weakest signal a base can synchronise to over the air
 * @param handsetSensitivityDbm weakest signal a handset can still lock to
 */
public record RadioParameters(
        double txPowerDbm,
        double referenceLossDb,
        double pathLossExponent,
        double syncThresholdDbm,
        double handsetSensitivityDbm) {

    /** Office defaults: a base reaches another for sync up to about 40 m. */
    public static RadioParameters office() {
        return new RadioParameters(24.0, 40.0, 3.5, -75.0, -93.0);
    }
}
