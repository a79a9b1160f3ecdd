package io.multicell.simulator.health;

import io.multicell.simulator.dm.BasePoller;
import io.multicell.simulator.radio.BaseOnAir;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness detail "dect-manager-bases": always UP (the simulator is useful, and must not be restarted, while the DM is
 * away); the data says how many bases it knows, how many carry handsets and when the DM last answered.
 */
@Readiness
@ApplicationScoped
public class BaseListHealth implements HealthCheck {

    private final BasePoller poller;

    BaseListHealth(BasePoller poller) {
        this.poller = poller;
    }

    @Override
    public HealthCheckResponse call() {
        var bases = poller.lastBases();
        var response = HealthCheckResponse.named("dect-manager-bases").up()
                .withData("dectManager", poller.dectManager())
                .withData("bases", bases.size())
                .withData("basesInService", bases.stream().filter(BaseOnAir::usable).count());
        poller.lastSuccess().ifPresent(at -> response.withData("lastAnswer", at.toString()));
        poller.lastFailure().ifPresent(failure -> response.withData("lastFailure", failure));
        return response.build();
    }
}
