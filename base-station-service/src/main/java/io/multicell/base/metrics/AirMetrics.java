package io.multicell.base.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.base.air.HandsetSessions;
import io.multicell.base.link.BaseIdentity;
import io.multicell.base.voice.VoiceSocket;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * multicell.base.connections (the manual's Conn: accepted attaches, cumulative) and multicell.base.attached_handsets
 * (attached now) and multicell.base.active_bearers (call bearers now), tagged by base MAC; the voice socket's
 * multicell.base.voice_frames (by direction) and multicell.base.voice_datagrams_dropped.
 */
@ApplicationScoped
public class AirMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, HandsetSessions handsets, BaseIdentity identity,
            VoiceSocket voice) {
        String base = identity.mac().value();
        FunctionCounter.builder("multicell.base.voice_frames", voice, VoiceSocket::downlinkFrames)
                .description("Voice frames forwarded by the base's voice socket")
                .tags("base", base, "direction", "downlink")
                .register(registry);
        FunctionCounter.builder("multicell.base.voice_frames", voice, VoiceSocket::uplinkFrames)
                .description("Voice frames forwarded by the base's voice socket")
                .tags("base", base, "direction", "uplink")
                .register(registry);
        FunctionCounter.builder("multicell.base.voice_datagrams_dropped", voice, VoiceSocket::dropped)
                .description("Voice datagrams dropped: unreadable, no bearer of the call here, or not from the call's own peer")
                .tag("base", base)
                .register(registry);
        FunctionCounter.builder("multicell.base.connections", handsets, h -> h.statistics().connectionsTotal())
                .description("Established DECT MAC connections (accepted attaches and bearer streams) since the base started")
                .tag("base", base)
                .register(registry);
        Gauge.builder("multicell.base.active_bearers", handsets, h -> h.statistics().activeBearers())
                .description("Call bearers reserved or carried at this base now")
                .tag("base", base)
                .register(registry);
        Gauge.builder("multicell.base.attached_handsets", handsets, h -> h.statistics().attachedHandsets())
                .description("Handsets attached at this base now")
                .tag("base", base)
                .register(registry);
    }
}
