package io.multicell.base.config;

import io.multicell.base.link.BaseIdentity;
import io.multicell.base.link.DectManagerConnector;
import io.multicell.base.link.DectManagerLink;
import io.multicell.base.link.ExecutorLinkScheduler;
import io.multicell.base.link.LinkTimings;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the control link from the settings, dials the DM when the process starts and hangs up when it stops. */
@ApplicationScoped
public class LinkWiring {

    private final ExecutorLinkScheduler scheduler = new ExecutorLinkScheduler();

    @Produces
    @Singleton
    BaseIdentity identity(BaseStationSettings settings) {
        MacAddress mac = settings.mac().map(MacAddress::parse).orElseGet(() -> MacAddress.forInstance(settings.instance()));
        return new BaseIdentity(mac, settings.firmware(), new FloorPosition(settings.positionX(), settings.positionY()),
                settings.local());
    }

    @Produces
    @Singleton
    DectManagerLink link(BaseIdentity identity, BaseStationSettings settings, DectManagerConnector connector, Clock clock) {
        var timings = new LinkTimings(settings.heartbeatInterval(), settings.reconnectBackoffMin(),
                settings.reconnectBackoffMax(), settings.rebootDuration());
        return new DectManagerLink(identity, timings, connector, scheduler, clock);
    }

    // Ready does not wait for the DM: the base is up even while its DM is away, and says so in health.
    void onStart(@Observes StartupEvent event, DectManagerLink link) {
        link.start();
    }

    void onStop(@Observes ShutdownEvent event, DectManagerLink link) {
        link.stop();
        scheduler.close();
    }
}
