package io.multicell.base.link;

import io.multicell.base.call.CallEvent;
import io.multicell.base.call.CallEventSink;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.sync.BaseStationStatus;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The base's control link to its DECT manager: dials out, says Hello, sends heartbeats, applies the DM's commands
 * and reconnects with exponential backoff for as long as the process runs.
 *
 * <p>Every piece of state here is touched only by tasks on the {@link LinkScheduler} (one serial executor); transport
 * callbacks and callers post tasks to it. Readers get the immutable {@link #snapshot()}.
 */
public final class DectManagerLink implements CallEventSink {

    private static final Logger LOG = Logger.getLogger(DectManagerLink.class);

    private final BaseIdentity identity;
    private final LinkTimings timings;
    private final DectManagerConnector connector;
    private final LinkScheduler scheduler;
    private final Clock clock;
    private final HandsetSide handsets;

    // --- owned by the scheduler's thread ---
    private final LinkStateMachine machine;
    private final ReconnectBackoff backoff;
    private ControlStream stream;
    private long heartbeatSequence;
    private LinkScheduler.Cancellable heartbeatTimer = LinkScheduler.Cancellable.NONE;
    private LinkScheduler.Cancellable pendingStart = LinkScheduler.Cancellable.NONE;
    private Assignment assignment;
    private boolean ledDisplay;
    private long attempts;
    private long connectionDrops;
    private boolean stopped;

    private volatile BaseStationSnapshot snapshot;

    public DectManagerLink(BaseIdentity identity, LinkTimings timings, DectManagerConnector connector,
            LinkScheduler scheduler, Clock clock) {
        this(identity, timings, connector, scheduler, clock, HandsetSide.NONE);
    }

    public DectManagerLink(BaseIdentity identity, LinkTimings timings, DectManagerConnector connector,
            LinkScheduler scheduler, Clock clock, HandsetSide handsets) {
        this.handsets = handsets;
        this.identity = identity;
        this.timings = timings;
        this.connector = connector;
        this.scheduler = scheduler;
        this.clock = clock;
        this.machine = new LinkStateMachine(clock);
        this.backoff = new ReconnectBackoff(timings.backoffMin(), timings.backoffMax());
        publish();
    }

    /** Dials the DM for the first time; from then on the link keeps itself up until {@link #stop()}. */
    public void start() {
        scheduler.execute(() -> {
            MDC.put("mac", identity.mac().value());
            LOG.infof("base %s dials its DECT manager at %s", identity.mac(), connector.target());
            connect();
        });
    }

    /** Closes the stream and stops every timer: the process is going away. */
    public void stop() {
        scheduler.execute(() -> {
            stopped = true;
            pendingStart.cancel();
            endStream();
            if (LinkState.DISCONNECTED.canFollow(machine.state())) {
                machine.transitionTo(LinkState.DISCONNECTED);
            }
            publish();
        });
    }

    /**
     * Sends a call event up the current stream; while no stream is open it is dropped (a DM that lost the link
     * releases the calls of the base itself).
     */
    @Override
    public void report(CallEvent event) {
        scheduler.execute(() -> {
            if (stream == null) {
                LOG.warnf("call event %s of call %s dropped: no control stream", event.getClass().getSimpleName(),
                        event.callId());
                return;
            }
            stream.callEvent(event);
        });
    }

    public BaseStationSnapshot snapshot() {
        return snapshot;
    }

    public BaseIdentity identity() {
        return identity;
    }

    // ---- everything below runs on the scheduler ----

    private void connect() {
        if (stopped) {
            return;
        }
        if (attempts++ > 0) {
            LOG.debugf("connection attempt %d to %s", attempts, connector.target());
        }
        machine.transitionTo(LinkState.CONNECTING);
        var listener = new CurrentStreamListener();
        try {
            stream = connector.open(identity, listener);
            listener.own = stream;
            // Right behind Hello: a DM that restarted learns where these handsets are without waiting for them.
            stream.attachedHandsets(handsets.attachedHandsets());
        } catch (RuntimeException e) {
            stream = null;
            LOG.warnf("cannot open a control stream to %s: %s", connector.target(), e.getMessage());
            disconnected();
            return;
        }
        heartbeatSequence = 0;
        heartbeatTimer = scheduler.schedule(this::heartbeat, timings.heartbeatInterval());
        publish();
    }

    private void heartbeat() {
        if (stream == null) {
            return;
        }
        stream.heartbeat(++heartbeatSequence, handsets.counters());
        heartbeatTimer = scheduler.schedule(this::heartbeat, timings.heartbeatInterval());
    }

    private void command(ControlStream from, DmCommand command) {
        if (from == null || from != stream) {
            return; // a late message of a stream we already left
        }
        if (machine.state() == LinkState.CONNECTING) {
            machine.transitionTo(LinkState.CONNECTED);
            backoff.reset();
            LOG.infof("connected to the DECT manager at %s", connector.target());
        }
        if (command instanceof DmCommand.Assign assign) {
            assign(assign.assignment());
        } else if (command instanceof DmCommand.LedDisplay led) {
            if (led.enabled() != ledDisplay) {
                LOG.infof("LED status display %s", led.enabled() ? "on" : "off");
            }
            ledDisplay = led.enabled();
        } else if (command instanceof DmCommand.Reboot) {
            reboot();
        } else if (command instanceof DmCommand.PageHandset page) {
            handsets.page(page.ipui(), page.pageId());
        } else if (command instanceof DmCommand.ReleaseHandset release) {
            handsets.release(release.ipui(), release.reason());
        } else if (command instanceof DmCommand.CallCommand call) {
            handsets.call(call);
        } else if (command instanceof DmCommand.ResetStatistics) {
            LOG.info("statistics reset by the DECT manager");
            handsets.resetStatistics();
        }
        publish();
    }

    private void assign(Assignment next) {
        next.rfpi().map(Rfpi::toString).ifPresentOrElse(rfpi -> MDC.put("rfpi", rfpi), () -> MDC.remove("rfpi"));
        if (!next.equals(assignment)) {
            LOG.infof("assignment: %s, RPN %s, name '%s', status %s, sync source %s",
                    next.assigned() ? "assigned" : "pending",
                    next.rpn().map(Object::toString).orElse("-"), next.name(),
                    next.status().map(Enum::name).orElse("-"),
                    next.syncSource().map(Rfpi::toString).orElse("-"));
        }
        assignment = next;
        handsets.inService(carriesHandsets(next));
    }

    /** Only a synchronised base may carry handsets; the manual's Sync overload is still in sync. */
    static boolean carriesHandsets(Assignment assignment) {
        return assignment != null && assignment.status()
                .map(status -> status == BaseStationStatus.SYNC || status == BaseStationStatus.SYNC_OVERLOAD)
                .orElse(false);
    }

    // A reboot is a power cycle: the base forgets everything the DM told it and says Hello again.
    private void reboot() {
        LOG.infof("reboot requested by the DECT manager: off the air for %d ms", timings.rebootDuration().toMillis());
        endStream();
        machine.transitionTo(LinkState.REBOOTING);
        assignment = null;
        handsets.inService(false);
        handsets.terminateAll("base station reboots");
        ledDisplay = false;
        MDC.remove("rfpi");
        backoff.reset();
        pendingStart = scheduler.schedule(this::connect, timings.rebootDuration());
    }

    private void closed(ControlStream from, Throwable cause) {
        if (from == null || from != stream) {
            return;
        }
        stream = null;
        heartbeatTimer.cancel();
        if (machine.state() == LinkState.CONNECTED) {
            connectionDrops++;
        }
        if (cause == null) {
            LOG.infof("the DECT manager ended the control stream");
        } else if (machine.state() == LinkState.CONNECTED) {
            LOG.warnf("control stream to %s broke: %s", connector.target(), cause.getMessage());
        } else {
            LOG.debugf("DECT manager at %s not reachable: %s", connector.target(), cause.getMessage());
        }
        disconnected();
    }

    private void disconnected() {
        machine.transitionTo(LinkState.DISCONNECTED);
        var wait = backoff.next();
        pendingStart = scheduler.schedule(this::connect, wait);
        publish();
    }

    private void endStream() {
        heartbeatTimer.cancel();
        if (stream != null) {
            var ending = stream;
            stream = null;
            ending.close();
        }
    }

    private void publish() {
        snapshot = new BaseStationSnapshot(
                identity.mac(),
                identity.position(),
                machine.state(),
                Optional.ofNullable(assignment),
                ledDisplay,
                machine.state() == LinkState.CONNECTED ? Optional.of(machine.since()) : Optional.empty(),
                Math.max(0, attempts - 1),
                connectionDrops);
    }

    /** Hands transport events of one stream to the scheduler, tagged with that stream. */
    private final class CurrentStreamListener implements StreamListener {

        // Set right after open(); its events are handled after that, since they queue behind the opening task.
        private volatile ControlStream own;

        @Override
        public void onCommand(DmCommand command) {
            scheduler.execute(() -> command(own, command));
        }

        @Override
        public void onClosed(Throwable cause) {
            scheduler.execute(() -> closed(own, cause));
        }
    }
}
