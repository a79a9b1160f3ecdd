package io.multicell.base.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.multicell.base.link.DectManagerLink;
import io.multicell.base.link.LinkState;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** multicell.base.link_up (1 while CONNECTED) and multicell.base.reconnects (attempts after the first), tagged by base MAC. */
@ApplicationScoped
public class LinkMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, DectManagerLink link) {
        String base = link.snapshot().mac().value();
        Gauge.builder("multicell.base.link_up", link, l -> l.snapshot().linkState() == LinkState.CONNECTED ? 1 : 0)
                .description("1 while the control stream to the DECT manager is connected")
                .tag("base", base)
                .register(registry);
        FunctionCounter.builder("multicell.base.reconnects", link, l -> l.snapshot().reconnects())
                .description("Connection attempts to the DECT manager after the first one")
                .tag("base", base)
                .register(registry);
    }
}
