package io.multicell.sip.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Whether the gateway accepts new work: from start-up until shutdown begins. */
@ApplicationScoped
public class GatewayLifecycle {

    private volatile boolean accepting;

    void onStart(@Observes StartupEvent event) {
        startAccepting();
    }

    // A stopping gateway must leave the load balancer's rotation before its calls are torn down.
    void onStop(@Observes ShutdownEvent event) {
        stopAccepting();
    }

    public void startAccepting() {
        accepting = true;
    }

    public void stopAccepting() {
        accepting = false;
    }

    public boolean accepting() {
        return accepting;
    }
}
