package io.multicell.base.config;

import io.multicell.base.voice.VoiceRoutes;
import io.multicell.base.voice.VoiceSocket;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import org.eclipse.microprofile.config.Config;

/** The base's voice socket, bound on the gRPC server's host, and the routes its bearers publish for it. */
@ApplicationScoped
public class VoiceWiring {

    @Produces
    @Singleton
    VoiceRoutes routes() {
        return new VoiceRoutes();
    }

    @Produces
    @Singleton
    VoiceSocket socket(VoiceRoutes routes, BaseStationSettings settings, Config config) {
        String host = config.getOptionalValue("quarkus.grpc.server.host", String.class).orElse("0.0.0.0");
        return VoiceSocket.open(new InetSocketAddress(host, settings.voicePort()), routes);
    }

    void onStop(@Observes ShutdownEvent event, VoiceSocket socket) {
        socket.close();
    }
}
