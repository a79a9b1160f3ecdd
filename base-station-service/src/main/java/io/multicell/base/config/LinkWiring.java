package io.multicell.base.config;

import io.multicell.base.air.AirExecutor;
import io.multicell.base.air.CallChannels;
import io.multicell.base.air.HandsetAccessClient;
import io.multicell.base.air.HandsetSessions;
import io.multicell.base.link.BaseIdentity;
import io.multicell.base.link.DectManagerConnector;
import io.multicell.base.link.DectManagerLink;
import io.multicell.base.link.ExecutorLinkScheduler;
import io.multicell.base.link.LinkTimings;
import io.multicell.base.voice.VoiceRoutes;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the control link and the handset sessions from the settings, dials the DM when the process starts and hangs
 * up when it stops.
 */
@ApplicationScoped
public class LinkWiring {

    private final ExecutorLinkScheduler scheduler = new ExecutorLinkScheduler();
    private final AirExecutor air = new AirExecutor();

    @Produces
    @Singleton
    BaseIdentity identity(BaseStationSettings settings, Config config) {
        MacAddress mac = settings.mac().map(MacAddress::parse).orElseGet(() -> MacAddress.forInstance(settings.instance()));
        return new BaseIdentity(mac, settings.firmware(), new FloorPosition(settings.positionX(), settings.positionY()),
                settings.local(), settings.airHost() + ":" + grpcPort(config));
    }

    /** The port the gRPC server (and with it the AirInterface) listens on; tests run it on the test port. */
    static int grpcPort(Config config) {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.grpc.server.test-port" : "quarkus.grpc.server.port";
        return config.getOptionalValue(key, Integer.class).orElse(9000);
    }

    @Produces
    @Singleton
    HandsetSessions handsets(BaseIdentity identity, BaseStationSettings settings, HandsetAccessClient dm, Clock clock,
            Provider<DectManagerLink> link, VoiceRoutes routes) {
        // Call events go up the control link, which is built after the sessions (it reports them in Hello).
        return new HandsetSessions(identity.mac(), dm, air, clock,
                new CallChannels(settings.callChannels(), settings.widebandCallChannels()),
                event -> link.get().report(event), routes);
    }

    @Produces
    @Singleton
    DectManagerLink link(BaseIdentity identity, BaseStationSettings settings, DectManagerConnector connector, Clock clock,
            HandsetSessions handsets) {
        var timings = new LinkTimings(settings.heartbeatInterval(), settings.reconnectBackoffMin(),
                settings.reconnectBackoffMax(), settings.rebootDuration());
        return new DectManagerLink(identity, timings, connector, scheduler, clock, handsets);
    }

    // Ready does not wait for the DM: the base is up even while its DM is away, and says so in health.
    void onStart(@Observes StartupEvent event, DectManagerLink link) {
        link.start();
    }

    void onStop(@Observes ShutdownEvent event, DectManagerLink link) {
        link.stop();
        scheduler.close();
        air.close();
    }
}
