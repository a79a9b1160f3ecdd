package io.multicell.simulator.config;

import io.multicell.simulator.voice.VoiceSocket;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The simulator's one UDP voice socket: bound at startup (a taken port fails the start, not the first call). */
@ApplicationScoped
public class VoiceWiring {

    private static final Logger LOG = Logger.getLogger(VoiceWiring.class);

    @Produces
    @Singleton
    VoiceSocket voiceSocket(SimulatorSettings settings) {
        return VoiceSocket.bind(settings.voiceHost(), settings.voicePort());
    }

    void onStart(@Observes StartupEvent event, VoiceSocket socket) {
        LOG.infof("voice datagrams on udp %s", socket.address());
    }

    void close(@Disposes VoiceSocket socket) {
        socket.close();
    }
}
