package io.multicell.sip.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.grpc.Channel;
import io.grpc.ManagedChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.multicell.proto.manager.v1.CallControlGrpc;
import io.multicell.proto.manager.v1.GatewayCallMessage;
import io.multicell.proto.manager.v1.GatewayHello;
import io.multicell.proto.manager.v1.ManagerCallMessage;

/**
 * The gateway's CallControl.Connect stream to the DECT manager: dialled at start, GatewayHello first (with the calls
 * the gateway still holds), kept open, dialled again after a break with a doubling back-off. Messages to the DM are
 * sent in order on the one stream; messages from it and the breaks go to the {@link Listener}.
 */
public final class DectManagerLink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DectManagerLink.class);
    /** A stream that lasted this long was a real connection: the next break starts the back-off from min again. */
    static final Duration STABLE = Duration.ofSeconds(5);

    /** What the link reports. */
    public interface Listener {
        /** A message of the DM. */
        void received(ManagerCallMessage message);

        /** The stream broke (or could not be opened): every call must end. */
        void broken(String why);

        /** Ids of the calls the gateway holds, for GatewayHello. */
        List<String> activeCallIds();
    }

    /** Link state: down until a stream is open, up while it lasts, closed for good at shutdown. */
    public enum LinkState {
        DOWN,
        UP,
        CLOSED
    }

    private final Channel channel;
    private final String target;
    private final Clock clock;
    private final ReconnectBackoff backoff;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "dm-call-link");
        thread.setDaemon(true);
        return thread;
    });
    private Supplier<Listener> listener;
    private ClientCallStreamObserver<GatewayCallMessage> requests;
    private Object streamToken;
    private Instant openedAt;
    private volatile LinkState state = LinkState.DOWN;

    public DectManagerLink(Channel channel, String target, Clock clock, Duration backoffMin, Duration backoffMax) {
        this.channel = channel;
        this.target = target;
        this.clock = clock;
        this.backoff = new ReconnectBackoff(backoffMin, backoffMax);
    }

    /** Starts dialling; {@code listener} is asked each time it is needed (the calls may be created later). */
    public void start(Supplier<Listener> listenerSupplier) {
        this.listener = listenerSupplier;
        executor.execute(this::connect);
    }

    public LinkState state() {
        return state;
    }

    public String target() {
        return target;
    }

    /** Sends a message to the DM; false when the link is down (the message is lost). */
    public synchronized boolean send(GatewayCallMessage message) {
        if (state != LinkState.UP || requests == null) {
            LOG.debugf("DM link down, not sent: %s", message.getMessageCase());
            return false;
        }
        try {
            requests.onNext(message);
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("not sent to the DM: %s", e.getMessage());
            return false;
        }
    }

    private void connect() {
        synchronized (this) {
            if (state == LinkState.CLOSED) {
                return;
            }
            if (channel instanceof ManagedChannel managed) {
                managed.resetConnectBackoff();
            }
            var token = new Object();
            streamToken = token;
            openedAt = clock.instant();
            var stream = (ClientCallStreamObserver<GatewayCallMessage>) CallControlGrpc.newStub(channel).connect(new Responses(token));
            if (streamToken != token) {
                // The call failed at once (a channel in transient failure fails it inside connect): ended() has run on
                // this thread and dials again later; this stream is dead.
                return;
            }
            requests = stream;
            var hello = GatewayHello.newBuilder().addAllActiveCallIds(listener.get().activeCallIds());
            requests.onNext(GatewayCallMessage.newBuilder().setHello(hello).build());
            state = LinkState.UP;
        }
        LOG.infof("call control stream to the DM at %s opened", target);
    }

    private void ended(Object token, String why) {
        synchronized (this) {
            if (token != streamToken || state == LinkState.CLOSED) {
                return;
            }
            streamToken = null;
            requests = null;
            state = LinkState.DOWN;
            if (Duration.between(openedAt, clock.instant()).compareTo(STABLE) >= 0) {
                backoff.reset();
            }
        }
        Duration wait = backoff.next();
        LOG.infof("call control stream to the DM at %s ended (%s); dialling again in %d ms", target, why, wait.toMillis());
        listener.get().broken(why);
        executor.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ClientCallStreamObserver<GatewayCallMessage> open;
        synchronized (this) {
            state = LinkState.CLOSED;
            open = requests;
            requests = null;
        }
        if (open != null) {
            try {
                open.cancel("SIP gateway shutting down", null);
            } catch (RuntimeException e) {
                LOG.debugf("closing an ended stream: %s", e.getMessage());
            }
        }
        executor.shutdownNow();
    }

    /** The DM's half of one stream. */
    private final class Responses implements ClientResponseObserver<GatewayCallMessage, ManagerCallMessage> {

        private final Object token;

        Responses(Object token) {
            this.token = token;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<GatewayCallMessage> requestStream) {
            // automatic flow control
        }

        @Override
        public void onNext(ManagerCallMessage message) {
            synchronized (DectManagerLink.this) {
                if (token != streamToken) {
                    return;
                }
                backoff.reset(); // the DM answers: a real connection
            }
            listener.get().received(message);
        }

        @Override
        public void onError(Throwable error) {
            ended(token, error.getMessage());
        }

        @Override
        public void onCompleted() {
            ended(token, "the DM closed the stream");
        }
    }
}
