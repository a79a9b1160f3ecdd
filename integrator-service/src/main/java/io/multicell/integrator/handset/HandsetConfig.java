package io.multicell.integrator.handset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Handset administration settings (multicell.handsets.*). */
@ConfigMapping(prefix = "multicell.handsets")
public interface HandsetConfig {

    /** Most entries in the Mobile devices list, and most handsets the DM registers; N670 profile: 20. */
    @WithDefault("20")
    int maxHandsets();

    /**
     * Time zone (e.g. Europe/Berlin) of the Registration Centre's start time and current time; absent or blank: the
     * system's. A String, not a ZoneId: a prod build reads the key as blank when only a profile sets it.
     */
    Optional<String> timeZone();
}
