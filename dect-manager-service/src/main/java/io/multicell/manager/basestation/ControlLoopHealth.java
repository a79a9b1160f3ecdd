package io.multicell.manager.basestation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Liveness: the control loop that owns every base's state still runs. */
@Liveness
@ApplicationScoped
public class ControlLoopHealth implements HealthCheck {

    private final ControlLoop loop;

    ControlLoopHealth(ControlLoop loop) {
        this.loop = loop;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dect-manager control loop").status(loop.running()).build();
    }
}
