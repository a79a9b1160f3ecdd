package io.multicell.integrator.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Browser pages are served over HTTPS only: a page asked for over plain HTTP is redirected to the HTTPS port. The API
 * (/api/v1) and the management endpoints (/q) stay on plain HTTP too, for the automation and probes that use them.
 */
@ApplicationScoped
public class HttpsRedirect {

    /** Before the authentication filters, so that an HTTP request for a page never reaches the login redirect. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            if (request.isSSL() || !isPage(request.path())) {
                rc.next();
                return;
            }
            String host = request.authority() == null ? "127.0.0.1" : request.authority().host();
            String target = "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + httpsPort() + request.uri();
            rc.response().setStatusCode(301).putHeader("Location", target).end();
        }, PRIORITY);
    }

    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/");
    }

    /** The actual port (a test's random port is published as a system property once the server listens). */
    static int httpsPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-ssl-port" : "quarkus.http.ssl-port";
        String published = System.getProperty(key);
        return published != null ? Integer.parseInt(published)
                : ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8443);
    }
}
