package io.multicell.base.health;

import io.multicell.base.link.DectManagerConnector;
import io.multicell.base.link.DectManagerLink;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail "dect-manager-link": always UP, because a base without its DM is still a running base that keeps
 * dialling (and must not be restarted for it); the data says whether the link is up.
 */
@Readiness
@ApplicationScoped
public class DectManagerLinkHealth implements HealthCheck {

    static final String NAME = "dect-manager-link";

    private final DectManagerLink link;
    private final DectManagerConnector connector;

    DectManagerLinkHealth(DectManagerLink link, DectManagerConnector connector) {
        this.link = link;
        this.connector = connector;
    }

    @Override
    public HealthCheckResponse call() {
        var base = link.snapshot();
        var response = HealthCheckResponse.named(NAME).up()
                .withData("mac", base.mac().value())
                .withData("dectManager", connector.target())
                .withData("linkState", base.linkState().name())
                .withData("reconnects", base.reconnects());
        base.connectedSince().ifPresent(since -> response.withData("connectedSince", since.toString()));
        return response.build();
    }
}
