package io.multicell.integrator.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The web configurator's timing. */
@ConfigMapping(prefix = "multicell.integrator.web")
public interface WebConfig {

    /** Automatic logoff after this long without input (the manual: approx. 10 minutes); tests shorten it. */
    @WithDefault("10M")
    Duration inactivityTimeout();

    /**
     * The login cookie is renewed at most this often (quarkus.http.auth.form.new-cookie-interval); must be shorter than
     * the inactivity timeout, so tests with a short timeout shorten it too.
     */
    @WithDefault("1M")
    Duration sessionRenewal();

    /** How often a page showing live status asks for fresh rows. */
    @WithDefault("2S")
    Duration statusRefresh();
}
