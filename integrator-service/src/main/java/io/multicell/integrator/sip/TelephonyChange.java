package io.multicell.integrator.sip;

import io.multicell.integrator.telephony.TelephonyConfiguration;
import java.util.Map;

/** A change of the profiles, VoIP settings or Audio switch, computed from the configuration of record. */
@FunctionalInterface
public interface TelephonyChange {

    /**
     * The next configuration; throws {@link io.multicell.core.InvalidValueException} (and friends) to change nothing.
     *
     * @param usage profile id → handset entries whose VoIP account uses it
     */
    TelephonyConfiguration apply(TelephonyConfiguration current, Map<Integer, Integer> usage);
}
