package io.multicell.manager.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.manager.basestation.BaseCommand;
import io.multicell.manager.basestation.MutableClock;
import io.multicell.manager.events.DectManagerEvent;
import io.multicell.manager.events.HandoverCompletion;
import io.multicell.manager.paging.PageResult;
import io.multicell.manager.paging.Timers;
import io.multicell.proto.air.v1.ReleaseCause;
import io.multicell.proto.media.v1.Codec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The call state machine with fake bases, handsets, gateway and timers. */
class CallRouterTest {

    private static final MacAddress A = MacAddress.parse("02:00:00:00:00:0A");
    private static final MacAddress B = MacAddress.parse("02:00:00:00:00:0B");
    private static final MacAddress C = MacAddress.parse("02:00:00:00:00:0C");
    private static final Ipui HANDSET = new Ipui("00000000A1");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final FakeNetwork network = new FakeNetwork();
    private final ManualTimers timers = new ManualTimers();
    private final List<DectManagerEvent> events = new ArrayList<>();
    private final RecordingGateway gateway = new RecordingGateway();
    private final CallRouter router = new CallRouter(CallSettings.defaults(), clock, network, timers, events::add,
            new CallMetrics(new SimpleMeterRegistry()));

    CallRouterTest() {
        network.bases.put(A, new CallBase(A, 1, true, true, "127.0.0.1:2001", Optional.of(new Rfpi(Pari.parse("0A0B0C0D"), new Rpn(1)))));
        network.bases.put(B, new CallBase(B, 1, true, true, "127.0.0.1:2002", Optional.of(new Rfpi(Pari.parse("0A0B0C0D"), new Rpn(2)))));
        network.bases.put(C, new CallBase(C, 2, true, true, "127.0.0.1:2003", Optional.empty()));
        network.attached.put(HANDSET, A);
        router.gatewayConnected(gateway, List.of());
    }

    @Test
    void anIncomingCallIsPagedRingsIsAnsweredAndEndsWhenTheHandsetHangsUp() {
        router.offer(gateway, offer("c1"));
        assertThat(router.calls()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CallState.PAGING));
        network.answerPage(A);

        BaseCommand.AlertHandset alert = network.only(A, BaseCommand.AlertHandset.class);
        assertThat(alert.bearerBase()).isEmpty();
        assertThat(alert.callingNumber()).isEqualTo("0301234");
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Alerting());
        assertThat(gateway.only(GatewaySignal.Alerting.class).bearer()).isEqualTo(new Bearer(A, "127.0.0.1:2001"));

        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Answered());
        assertThat(gateway.only(GatewaySignal.Answered.class).bearer().base()).isEqualTo(A);
        assertThat(network.only(A, BaseCommand.CallProgress.class).state()).isEqualTo(Progress.CONNECTED);
        assertThat(router.calls()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CallState.CONNECTED));
        assertThat(calls(A)).isEqualTo(1);

        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Released(ReleaseCause.NORMAL, 0, ""));
        assertThat(gateway.only(GatewaySignal.Released.class).cause()).isEqualTo(ReleaseCause.NORMAL);
        assertThat(router.calls()).isEmpty();
        assertThat(calls(A)).isZero();
        assertThat(row(A).callsPeak()).isEqualTo(1);
    }

    @Test
    void theGatewayCancelsARingingCallAndTheHandsetIsReleased() {
        router.offer(gateway, offer("c1"));
        network.answerPage(A);
        router.gatewayReleased(gateway, "c1", ReleaseCause.CANCELLED, 487, "CANCEL");
        assertThat(network.only(A, BaseCommand.ReleaseCall.class).cause()).isEqualTo(ReleaseCause.CANCELLED);
        assertThat(router.calls()).isEmpty();
        // A late ring of the released call changes nothing.
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Alerting());
        assertThat(gateway.of(GatewaySignal.Alerting.class)).isEmpty();
    }

    @Test
    void aHandsetNotAttachedIsUnreachableOneInACallIsBusyOneThatDoesNotAnswerIsNoAnswer() {
        network.attached.remove(HANDSET);
        router.offer(gateway, offer("c1"));
        assertThat(gateway.only(GatewaySignal.Released.class).cause()).isEqualTo(ReleaseCause.UNREACHABLE);

        network.attached.put(HANDSET, A);
        gateway.signals.clear();
        router.offer(gateway, offer("c2"));
        router.offer(gateway, offer("c3"));
        assertThat(gateway.only(GatewaySignal.Released.class)).satisfies(r -> {
            assertThat(r.callId()).isEqualTo("c3");
            assertThat(r.cause()).isEqualTo(ReleaseCause.BUSY);
        });

        gateway.signals.clear();
        network.answerPage(A);
        clock.advance(Duration.ofSeconds(59));
        timers.fireDue(clock.instant());
        assertThat(router.calls()).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        timers.fireDue(clock.instant());
        assertThat(gateway.only(GatewaySignal.Released.class).cause()).isEqualTo(ReleaseCause.NO_ANSWER);
        assertThat(network.only(A, BaseCommand.ReleaseCall.class).cause()).isEqualTo(ReleaseCause.NO_ANSWER);
    }

    @Test
    void anOutgoingCallGoesToTheGatewayAndItsProgressToTheHandset() {
        router.baseEvent(A, "o1", HANDSET, new BaseCallReport.Setup("0301234", List.of()));
        assertThat(network.only(A, BaseCommand.CallProgress.class).state()).isEqualTo(Progress.PROCEEDING);
        GatewaySignal.PlaceCall place = gateway.only(GatewaySignal.PlaceCall.class);
        assertThat(place.dialledNumber()).isEqualTo("0301234");
        assertThat(place.bearer().base()).isEqualTo(A);

        router.progress(gateway, "o1", Progress.RINGBACK, Codec.CODEC_UNSPECIFIED);
        router.progress(gateway, "o1", Progress.CONNECTED, Codec.PCMU);
        assertThat(network.of(A, BaseCommand.CallProgress.class)).extracting(BaseCommand.CallProgress::state)
                .containsExactly(Progress.PROCEEDING, Progress.RINGBACK, Progress.CONNECTED);
        router.gatewayReleased(gateway, "o1", ReleaseCause.NORMAL, 0, "BYE");
        assertThat(network.only(A, BaseCommand.ReleaseCall.class).cause()).isEqualTo(ReleaseCause.NORMAL);
    }

    @Test
    void withoutAGatewayASetupIsReleasedNetworkFailure() {
        router.gatewayLost(gateway);
        router.baseEvent(A, "o1", HANDSET, new BaseCallReport.Setup("0301234", List.of()));
        assertThat(network.only(A, BaseCommand.ReleaseCall.class).cause()).isEqualTo(ReleaseCause.NETWORK_FAILURE);
        assertThat(router.calls()).isEmpty();
    }

    @Test
    void aFullBaseSendsTheCallToAHeardNeighbourAndCountsBusy() {
        for (int i = 0; i < 8; i++) {
            router.baseEvent(A, "o" + i, new Ipui(String.format("00000001%02X", i)), new BaseCallReport.Setup("1", List.of()));
        }
        router.baseEvent(A, "o8", HANDSET, new BaseCallReport.Setup("1", List.of(new Heard(B, -70), new Heard(C, -40))));
        assertThat(network.only(B, BaseCommand.ExpectBearer.class).callId()).isEqualTo("o8");
        BaseCommand.CallProgress proceeding = network.of(A, BaseCommand.CallProgress.class).get(8);
        assertThat(proceeding.bearerBase()).contains(B);
        assertThat(proceeding.bearerAirEndpoint()).isEqualTo("127.0.0.1:2002");
        assertThat(row(A).busy()).isEqualTo(1);

        router.baseEvent(A, "o9", new Ipui("00000000FF"), new BaseCallReport.Setup("1", List.of(new Heard(C, -40))));
        assertThat(network.of(A, BaseCommand.ReleaseCall.class)).singleElement()
                .satisfies(r -> assertThat(r.cause()).isEqualTo(ReleaseCause.NO_CHANNEL));
        assertThat(row(A).busy()).isEqualTo(2);
    }

    @Test
    void aHandoverMovesTheCallAndReportsItsDuration() {
        connectedIncoming("c1");
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Measurement(List.of(new Heard(A, -80), new Heard(B, -77))));
        assertThat(network.of(B, BaseCommand.ExpectBearer.class)).as("3 dB is not enough").isEmpty();

        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Measurement(List.of(new Heard(A, -80), new Heard(B, -70), new Heard(C, -30))));
        assertThat(network.only(B, BaseCommand.ExpectBearer.class).callId()).isEqualTo("c1");
        assertThat(network.only(A, BaseCommand.HandoverHandset.class).target()).isEqualTo(B);
        assertThat(gateway.only(GatewaySignal.BearerAdded.class).bearer().base()).as("the leg opens while the handset moves")
                .isEqualTo(B);
        assertThat(router.calls().get(0).state()).isEqualTo(CallState.HANDOVER);
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Measurement(List.of(new Heard(A, -90), new Heard(B, -60))));
        assertThat(network.of(B, BaseCommand.ExpectBearer.class)).as("one handover at a time").hasSize(1);

        clock.advance(Duration.ofMillis(150));
        router.baseEvent(B, "c1", HANDSET, new BaseCallReport.BearerArrived(-70));
        assertThat(gateway.of(GatewaySignal.BearerAdded.class)).hasSize(1);
        assertThat(router.calls().get(0).bearers()).containsExactly(A, B);
        clock.advance(Duration.ofMillis(100));
        router.mediaOnBearer(gateway, "c1", B);

        assertThat(gateway.only(GatewaySignal.BearerRemoved.class).base()).isEqualTo(A);
        assertThat(network.only(A, BaseCommand.ReleaseBearer.class).callId()).isEqualTo("c1");
        assertThat(network.movedTo).containsEntry(HANDSET, B);
        assertThat(row(A).hoRelease()).isEqualTo(1);
        assertThat(row(B).hoSetup()).isEqualTo(1);
        assertThat(calls(A)).isZero();
        assertThat(calls(B)).isEqualTo(1);
        HandoverCompletion done = (HandoverCompletion) events.get(0);
        assertThat(done.duration()).isEqualTo(Duration.ofMillis(250));
        assertThat(done.from()).isEqualTo(A);
        assertThat(done.to()).isEqualTo(B);
        assertThat(done.toRfpi()).isPresent();
        assertThat(router.calls().get(0).state()).isEqualTo(CallState.CONNECTED);
        assertThat(router.calls().get(0).handovers()).isEqualTo(1);

        // The call lives on B now: the handset hanging up there ends it.
        router.baseEvent(B, "c1", HANDSET, new BaseCallReport.Released(ReleaseCause.NORMAL, 0, ""));
        assertThat(router.calls()).isEmpty();
    }

    @Test
    void aHandoverWhoseTargetNeverReportsIsAbandonedAndTheCallStays() {
        connectedIncoming("c1");
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Measurement(List.of(new Heard(A, -80), new Heard(B, -60))));
        assertThat(calls(B)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        timers.fireDue(clock.instant());
        assertThat(calls(B)).isZero();
        assertThat(network.only(B, BaseCommand.ReleaseBearer.class).callId()).isEqualTo("c1");
        assertThat(router.calls().get(0).state()).isEqualTo(CallState.CONNECTED);
        assertThat(router.calls().get(0).bearers()).containsExactly(A);
        assertThat(events).isEmpty();
    }

    @Test
    void losingTheOnlyBearerIsACallDropButLosingOneOfTwoDuringAHandoverIsNot() {
        connectedIncoming("c1");
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.Measurement(List.of(new Heard(A, -80), new Heard(B, -60))));
        router.baseEvent(B, "c1", HANDSET, new BaseCallReport.BearerArrived(-60));
        router.baseEvent(A, "c1", HANDSET, new BaseCallReport.BearerLost("out of range"));
        assertThat(router.calls()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(CallState.CONNECTED);
            assertThat(c.bearers()).containsExactly(B);
        });
        assertThat(row(A).callDrops()).isZero();

        router.baseEvent(B, "c1", HANDSET, new BaseCallReport.BearerLost("out of range"));
        assertThat(row(B).callDrops()).isEqualTo(1);
        assertThat(gateway.only(GatewaySignal.Released.class).cause()).isEqualTo(ReleaseCause.LINK_LOST);
        assertThat(router.calls()).isEmpty();
        assertThat(calls(B)).isZero();
    }

    @Test
    void whenTheGatewayGoesAwayItsCallsAreReleasedTowardsTheHandsets() {
        connectedIncoming("c1");
        router.gatewayLost(gateway);
        assertThat(network.only(A, BaseCommand.ReleaseCall.class).cause()).isEqualTo(ReleaseCause.LINK_LOST);
        assertThat(router.calls()).isEmpty();
    }

    @Test
    void resetZeroesTheCountersButNotTheCallsAndSendsResetToTheBases() {
        connectedIncoming("c1");
        router.baseEvent(A, "c9", new Ipui("00000000B9"), new BaseCallReport.Setup("1", List.of()));
        router.gatewayReleased(gateway, "c9", ReleaseCause.NORMAL, 0, "");
        router.heartbeat(A, 12);
        assertThat(row(A).callsPeak()).isEqualTo(2);
        router.resetStatistics();
        assertThat(row(A).conn()).isZero();
        assertThat(row(A).calls()).isEqualTo(1);
        assertThat(row(A).callsPeak()).isEqualTo(1);
        assertThat(network.of(A, BaseCommand.ResetStatistics.class)).hasSize(1);
    }

    // ---- helpers ----

    private void connectedIncoming(String id) {
        router.offer(gateway, offer(id));
        network.answerPage(A);
        router.baseEvent(A, id, HANDSET, new BaseCallReport.Alerting());
        router.baseEvent(A, id, HANDSET, new BaseCallReport.Answered());
        network.sent.clear();
        gateway.signals.clear();
    }

    private int calls(MacAddress base) {
        return row(base).calls();
    }

    private BaseStatisticsRow row(MacAddress base) {
        return router.statistics().stream().filter(r -> r.mac().equals(base)).findFirst().orElseThrow();
    }

    private static IncomingOffer offer(String id) {
        return new IncomingOffer(id, HANDSET, "acc-1", "0301234", "Reception", Codec.PCMA);
    }

    /** Bases and handsets: commands recorded per base, pages answered by the test. */
    private static final class FakeNetwork implements CallNetwork {
        final Map<MacAddress, CallBase> bases = new HashMap<>();
        final Map<Ipui, MacAddress> attached = new HashMap<>();
        final Map<Ipui, MacAddress> movedTo = new HashMap<>();
        final List<Map.Entry<MacAddress, BaseCommand>> sent = new ArrayList<>();
        final List<CompletableFuture<PageResult>> pages = new ArrayList<>();

        @Override
        public Optional<CallBase> base(MacAddress mac) {
            return Optional.ofNullable(bases.get(mac));
        }

        @Override
        public boolean send(MacAddress base, BaseCommand command) {
            sent.add(Map.entry(base, command));
            return true;
        }

        @Override
        public boolean registered(Ipui ipui) {
            return true;
        }

        @Override
        public Optional<MacAddress> attachedAt(Ipui ipui) {
            return Optional.ofNullable(attached.get(ipui));
        }

        @Override
        public CompletableFuture<PageResult> page(Ipui ipui) {
            var page = new CompletableFuture<PageResult>();
            pages.add(page);
            return page;
        }

        void answerPage(MacAddress at) {
            pages.remove(pages.size() - 1).complete(new PageResult(Optional.of(at), Optional.empty(), 1));
        }

        @Override
        public void handedOver(Ipui ipui, MacAddress base) {
            movedTo.put(ipui, base);
        }

        @Override
        public List<PlannedBaseInfo> plannedBases() {
            return bases.keySet().stream().sorted().map(m -> new PlannedBaseInfo(m, m.value(), bases.get(m).cluster(), 1, 0, 1)).toList();
        }

        @Override
        public List<MacAddress> connectedBases() {
            return List.copyOf(bases.keySet());
        }

        <T extends BaseCommand> List<T> of(MacAddress base, Class<T> type) {
            return sent.stream().filter(e -> e.getKey().equals(base)).map(Map.Entry::getValue).filter(type::isInstance).map(type::cast)
                    .toList();
        }

        <T extends BaseCommand> T only(MacAddress base, Class<T> type) {
            List<T> found = of(base, type);
            assertThat(found).as(type.getSimpleName() + " to " + base).hasSize(1);
            return found.get(0);
        }
    }

    private static final class RecordingGateway implements GatewayLink {
        final List<GatewaySignal> signals = new ArrayList<>();

        @Override
        public void send(GatewaySignal signal) {
            signals.add(signal);
        }

        <T extends GatewaySignal> List<T> of(Class<T> type) {
            return signals.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends GatewaySignal> T only(Class<T> type) {
            List<T> found = of(type);
            assertThat(found).as(type.getSimpleName()).hasSize(1);
            return found.get(0);
        }
    }

    /** Timers that fire when the test says so, in due order. */
    private final class ManualTimers implements Timers {
        private record Due(Instant at, Runnable task) {
        }

        private final List<Due> due = new ArrayList<>();

        @Override
        public void schedule(Duration after, Runnable task) {
            due.add(new Due(clock.instant().plus(after), task));
        }

        void fireDue(Instant now) {
            while (true) {
                Due next = due.stream().filter(d -> !d.at().isAfter(now)).min(Comparator.comparing(Due::at)).orElse(null);
                if (next == null) {
                    return;
                }
                due.remove(next);
                next.task().run();
            }
        }
    }
}
