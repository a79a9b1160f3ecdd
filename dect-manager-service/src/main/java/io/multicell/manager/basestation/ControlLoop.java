package io.multicell.manager.basestation;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.manager.calls.CallBase;
import io.multicell.manager.calls.CallMetrics;
import io.multicell.manager.calls.CallNetwork;
import io.multicell.manager.calls.CallRouter;
import io.multicell.manager.calls.CallSettings;
import io.multicell.manager.calls.PlannedBaseInfo;
import io.multicell.manager.config.DectManagerConfig;
import io.multicell.manager.events.EventSink;
import io.multicell.manager.location.BaseDirectory;
import io.multicell.manager.paging.PageResult;
import io.multicell.manager.paging.Timers;
import io.multicell.manager.subscription.HandsetMetrics;
import io.multicell.manager.subscription.HandsetRegistry;
import io.multicell.manager.subscription.HandsetSettings;
import io.multicell.manager.subscription.HandsetStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The single thread that owns the {@link BaseStationRegistry}, the {@link HandsetRegistry} and the {@link CallRouter}
 * (which reaches the other two only through {@link CallNetwork}, on this same thread): gRPC handlers, the
 * heartbeat tick and paging timers hand it messages, never touch the registries themselves. Bases and handsets
 * share the thread because they constantly need each other (locations name bases, pages and releases go down the
 * control streams, a lost base makes its handsets unreachable), and one owner keeps them from ever disagreeing.
 */
@ApplicationScoped
public class ControlLoop implements Timers {

    private static final Logger LOG = Logger.getLogger(ControlLoop.class);

    private final DectManagerConfig config;
    private final Clock clock;
    private final DectManagerStore store;
    private final HandsetStore handsetStore;
    private final EventSink events;
    private final BaseStationMetrics metrics;
    private final HandsetMetrics handsetMetrics;
    private final CallMetrics callMetrics;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        var t = new Thread(r, "dm-control");
        t.setDaemon(true);
        return t;
    });
    private BaseStationRegistry registry; // touched only on the dm-control thread
    private HandsetRegistry handsets; // touched only on the dm-control thread
    private CallRouter calls; // touched only on the dm-control thread

    ControlLoop(DectManagerConfig config, Clock clock, DectManagerStore store, HandsetStore handsetStore, EventSink events,
                BaseStationMetrics metrics, HandsetMetrics handsetMetrics, CallMetrics callMetrics) {
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.handsetStore = handsetStore;
        this.events = events;
        this.metrics = metrics;
        this.handsetMetrics = handsetMetrics;
        this.callMetrics = callMetrics;
    }

    void onStart(@Observes StartupEvent startup) {
        // Load plan and subscriptions before the service reports started: a missing database fails the start loudly.
        askCalls(calls -> null).join();
        long tickMillis = config.tickInterval().toMillis();
        thread.scheduleWithFixedDelay(() -> runNetwork((bases, handsets) -> {
            bases.tick();
            handsets.tick();
        }), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        thread.shutdownNow();
    }

    /** Runs {@code request} on the control thread and completes with its answer (or its exception). */
    public <T> CompletableFuture<T> ask(Function<BaseStationRegistry, T> request) {
        return askNetwork((bases, handsets) -> request.apply(bases));
    }

    /** Runs a handset request on the control thread and completes with its answer (or its exception). */
    public <T> CompletableFuture<T> askHandsets(Function<HandsetRegistry, T> request) {
        return askNetwork((bases, handsets) -> request.apply(handsets));
    }

    /** Runs a request that needs both registries on the control thread. */
    public <T> CompletableFuture<T> askNetwork(BiFunction<BaseStationRegistry, HandsetRegistry, T> request) {
        return CompletableFuture.supplyAsync(() -> {
            T answer = request.apply(bases(), handsets());
            metrics.update(registry.countByStatus());
            return answer;
        }, thread);
    }

    /** Runs a call request on the control thread and completes with its answer (or its exception). */
    public <T> CompletableFuture<T> askCalls(Function<CallRouter, T> request) {
        return askNetwork((bases, handsets) -> request.apply(calls()));
    }

    /** Hands a call event to the control thread; failures are logged. */
    public void tellCalls(Consumer<CallRouter> event) {
        tellNetwork((bases, handsets) -> event.accept(calls()));
    }

    /** Hands an event to the control thread; failures are logged, never thrown back at the sender. */
    public void tell(Consumer<BaseStationRegistry> event) {
        tellNetwork((bases, handsets) -> event.accept(bases));
    }

    /** Hands an event that concerns both registries to the control thread. */
    public void tellNetwork(BiConsumer<BaseStationRegistry, HandsetRegistry> event) {
        try {
            thread.execute(() -> runNetwork(event));
        } catch (RejectedExecutionException stopping) {
            LOG.debug("control loop stopped; event dropped");
        }
    }

    /** Paging timers: the task runs on the control thread. */
    @Override
    public void schedule(Duration after, Runnable task) {
        try {
            thread.schedule(() -> runNetwork((bases, handsets) -> task.run()), after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("control loop stopped; timer dropped");
        }
    }

    /** False once the loop was stopped (shutdown). */
    public boolean running() {
        return !thread.isShutdown();
    }

    private void runNetwork(BiConsumer<BaseStationRegistry, HandsetRegistry> event) {
        try {
            event.accept(bases(), handsets());
            metrics.update(registry.countByStatus());
        } catch (RuntimeException e) {
            LOG.error("control loop event failed", e);
        }
    }

    private BaseStationRegistry bases() {
        if (registry == null) {
            var settings = new DectManagerSettings(config.name(), config.rpnGroup(), config.offlineAfter(), config.events().source());
            registry = BaseStationRegistry.open(settings, clock, store, events, new SecureRandom());
        }
        return registry;
    }

    private HandsetRegistry handsets() {
        if (handsets == null) {
            DectManagerConfig.Handsets settings = config.handsets();
            handsets = HandsetRegistry.open(new HandsetSettings(settings.transactionTimeout(), settings.refusalsKept(),
                            settings.pageLastBaseWait(), settings.pageClusterWait()),
                    clock, handsetStore, events, handsetMetrics, new Directory(), this);
        }
        return handsets;
    }

    private CallRouter calls() {
        if (calls == null) {
            DectManagerConfig.Calls settings = config.calls();
            calls = new CallRouter(new CallSettings(settings.channelsPerBase(), settings.widebandChannelsPerBase(),
                    settings.ringTimeout(), settings.handoverHysteresisDb(), settings.handoverTimeout()),
                    clock, new Network(), this, events, callMetrics);
            bases().observe(calls::syncSettled);
        }
        return calls;
    }

    /** The bases and handsets as call routing sees them; called only on the control thread. */
    private final class Network implements CallNetwork {

        @Override
        public Optional<CallBase> base(MacAddress mac) {
            return bases().callBase(mac);
        }

        @Override
        public boolean send(MacAddress base, BaseCommand command) {
            return bases().sendToBase(base, command);
        }

        @Override
        public boolean registered(Ipui ipui) {
            return handsets().registered(ipui);
        }

        @Override
        public Optional<MacAddress> attachedAt(Ipui ipui) {
            return handsets().attachedAt(ipui);
        }

        @Override
        public CompletableFuture<PageResult> page(Ipui ipui) {
            return handsets().page(ipui);
        }

        @Override
        public void handedOver(Ipui ipui, MacAddress base) {
            handsets().handedOver(ipui, base);
        }

        @Override
        public List<PlannedBaseInfo> plannedBases() {
            return bases().plannedBases();
        }

        @Override
        public List<MacAddress> connectedBases() {
            return bases().connectedBases();
        }
    }

    /** The bases as the handset side sees them; called only on the control thread. */
    private final class Directory implements BaseDirectory {

        @Override
        public Optional<Rfpi> rfpi(MacAddress base) {
            return registry.rfpi(base);
        }

        @Override
        public boolean online(MacAddress base) {
            return registry.online(base);
        }

        @Override
        public List<MacAddress> onlineBasesAround(MacAddress base) {
            return registry.onlineBasesAround(base);
        }

        @Override
        public List<MacAddress> onlineBases() {
            return registry.onlineBases();
        }

        @Override
        public boolean page(MacAddress base, Ipui ipui, String pageId) {
            return registry.sendToBase(base, new BaseCommand.Page(ipui, pageId));
        }

        @Override
        public boolean release(MacAddress base, Ipui ipui, String reason) {
            return registry.sendToBase(base, new BaseCommand.ReleaseHandset(ipui, reason));
        }
    }
}
