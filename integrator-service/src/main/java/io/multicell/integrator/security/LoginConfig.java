package io.multicell.integrator.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Login throttling of the web configurator and the API (both check passwords the same way). */
@ConfigMapping(prefix = "multicell.integrator.login")
public interface LoginConfig {

    /** Wrong passwords in a row after which a user ID is locked. */
    @WithDefault("5")
    int maxFailures();

    /** How long a locked user ID refuses every password, even the right one. */
    @WithDefault("30S")
    Duration lockDuration();
}
