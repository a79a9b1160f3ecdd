package io.multicell.integrator.handset;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Handset administration settings (multicell.handsets.*). */
@ConfigMapping(prefix = "multicell.handsets")
public interface HandsetConfig {

    /** Most entries in the Mobile devices list, and most handsets the DM registers; N670 profile: 20. */
    @WithDefault("20")
    int maxHandsets();

    /** Time zone of the Registration Centre's start time and current time; absent: the system's. */
    Optional<ZoneId> timeZone();
}
