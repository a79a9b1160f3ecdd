package io.multicell.core.radio;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which base a handset locks to: the strongest above sensitivity, but it leaves its current base only for one
 * stronger by the hysteresis margin (or when the current one fades below sensitivity), so it does not flap at
 * the cell edge.
 */
public final class BaseSelection {

    private final double sensitivityDbm;
    private final double hysteresisDb;

    public BaseSelection(double sensitivityDbm, double hysteresisDb) {
        this.sensitivityDbm = sensitivityDbm;
        this.hysteresisDb = hysteresisDb;
    }

    /** Handset defaults: -93 dBm sensitivity, 6 dB hysteresis. */
    public static BaseSelection defaults(RadioParameters parameters) {
        return new BaseSelection(parameters.handsetSensitivityDbm(), 6.0);
    }

    /**
     * @param rssiByBase what the handset hears now, by base key (RFPI or MAC)
     * @param current    the base it is locked to, if any
     * @return the base to be locked to, empty when out of range of every base
     */
    public <K extends Comparable<K>> Optional<K> select(Map<K, Double> rssiByBase, Optional<K> current) {
        // Ties go to the lowest key, so the choice is deterministic.
        Comparator<Map.Entry<K, Double>> byStrength = Map.Entry.comparingByValue();
        Comparator<Map.Entry<K, Double>> lowestKeyWins = Map.Entry.<K, Double>comparingByKey().reversed();
        Optional<Map.Entry<K, Double>> strongest = rssiByBase.entrySet().stream()
                .filter(e -> e.getValue() >= sensitivityDbm)
                .max(byStrength.thenComparing(lowestKeyWins));
        if (strongest.isEmpty()) {
            return Optional.empty();
        }
        if (current.isPresent()) {
            Double currentRssi = rssiByBase.get(current.get());
            if (currentRssi != null && currentRssi >= sensitivityDbm
                    && strongest.get().getValue() < currentRssi + hysteresisDb) {
                return current;
            }
        }
        return Optional.of(strongest.get().getKey());
    }
}
