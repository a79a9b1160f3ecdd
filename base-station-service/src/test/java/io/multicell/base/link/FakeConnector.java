package io.multicell.base.link;

import io.multicell.base.call.CallEvent;
import io.multicell.core.identity.Ipui;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Records every stream the link opens; the test plays the DM through {@link FakeStream}. */
final class FakeConnector implements DectManagerConnector {

    /** One Connect call as the DM would see it. */
    static final class FakeStream implements ControlStream {
        final BaseIdentity hello;
        final Instant openedAt;
        final StreamListener listener;
        final List<Long> heartbeats = new ArrayList<>();
        final List<AirCounters> heartbeatCounters = new ArrayList<>();
        final List<CallEvent> callEvents = new ArrayList<>();
        final List<Set<Ipui>> attachedReports = new ArrayList<>();
        boolean closedByBase;

        FakeStream(BaseIdentity hello, Instant openedAt, StreamListener listener) {
            this.hello = hello;
            this.openedAt = openedAt;
            this.listener = listener;
        }

        @Override
        public void heartbeat(long sequence, AirCounters counters) {
            heartbeats.add(sequence);
            heartbeatCounters.add(counters);
        }

        @Override
        public void callEvent(CallEvent event) {
            callEvents.add(event);
        }

        @Override
        public void attachedHandsets(Set<Ipui> ipuis) {
            attachedReports.add(Set.copyOf(ipuis));
        }

        @Override
        public void close() {
            closedByBase = true;
        }

        void send(DmCommand command) {
            listener.onCommand(command);
        }

        void fail(String reason) {
            listener.onClosed(new RuntimeException(reason));
        }
    }

    private final Clock clock;
    final List<FakeStream> streams = new ArrayList<>();
    /** While false, every stream fails as soon as it is opened (DM unreachable). */
    boolean dmReachable = true;

    FakeConnector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ControlStream open(BaseIdentity identity, StreamListener listener) {
        var stream = new FakeStream(identity, clock.instant(), listener);
        streams.add(stream);
        if (!dmReachable) {
            stream.fail("UNAVAILABLE: connection refused");
        }
        return stream;
    }

    @Override
    public String target() {
        return "fake-dm:9081";
    }

    void connectorFailsFromNowOn() {
        dmReachable = false;
    }

    FakeStream last() {
        return streams.get(streams.size() - 1);
    }
}
