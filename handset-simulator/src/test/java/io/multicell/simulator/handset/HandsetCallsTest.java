package io.multicell.simulator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.air.BaseHeard;
import io.multicell.simulator.air.Codec;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.ProgressState;
import io.multicell.simulator.air.ReleaseCause;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.call.AnswerMode;
import io.multicell.simulator.call.CallSnapshot;
import io.multicell.simulator.call.CallState;
import io.multicell.simulator.call.VoiceSignal;
import io.multicell.simulator.radio.BaseOnAir;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Calls of a virtual handset in virtual time, against bases played by {@link FakeCells}. */
@Timeout(30)
class HandsetCallsTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final String A_AIR = "127.0.0.1:9091";
    private static final String B_AIR = "127.0.0.1:9092";
    private static final BaseOnAir A =
            new BaseOnAir(MacAddress.forInstance(1), "0123456700", new FloorPosition(0, 0), A_AIR, true);
    private static final BaseOnAir B =
            new BaseOnAir(MacAddress.forInstance(2), "0123456701", new FloorPosition(40, 0), B_AIR, true);
    private static final Ipui ALICE = new Ipui("0123456789");
    private static final String CALL = "c0ffee00-0000-4000-8000-000000000001";

    private final MutableClock clock = new MutableClock(T0);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeCells cells = new FakeCells();
    private final InMemoryHandsetStore store = new InMemoryHandsetStore();
    private final HandsetEngine engine = new HandsetEngine(EngineSettings.defaults(), clock, scheduler, cells, store,
            Runnable::run, new Random(7));

    @BeforeEach
    void basesOnTheAir() {
        engine.start();
        engine.updateBases(List.of(A, B));
        scheduler.runDue();
    }

    /** An attached handset at ({@code x}, 0); returns its lock stream (to A unless it stands nearer B). */
    private FakeCells.Stream attached(double x, AnswerMode mode) {
        byte[] uak = new byte[32];
        uak[0] = 42;
        cells.keys.put(ALICE, uak);
        var record = new HandsetRecord("h1", ALICE, "S700H PRO", "114.00", new FloorPosition(x, 0), Optional.of(uak),
                mode);
        store.insert(List.of(record));
        engine.add(List.of(record));
        scheduler.runDue();
        assertThat(engine.snapshot("h1").orElseThrow().state()).isEqualTo(HandsetState.ATTACHED);
        return cells.last();
    }

    private void down(FakeCells.Stream stream, Downlink message) {
        stream.listener.onDownlink(message);
        scheduler.runDue();
    }

    private <T> T run(CompletableFuture<T> action) throws Exception {
        scheduler.runDue();
        return action.get();
    }

    private CallSnapshot call() throws Exception {
        return run(engine.currentCall("h1"));
    }

    private static List<Uplink.VoiceFrame> frames(FakeCells.Stream stream) {
        return stream.received.stream().filter(Uplink.VoiceFrame.class::isInstance).map(Uplink.VoiceFrame.class::cast)
                .toList();
    }

    private static Downlink.IncomingCall ringing(String bearerAir, String bearerMac) {
        return new Downlink.IncomingCall(CALL, "100", "Reception", Codec.PCMA, bearerAir, bearerMac);
    }

    private static Downlink.CallProgress connected() {
        return new Downlink.CallProgress(CALL, ProgressState.CONNECTED, Codec.PCMA, "", "");
    }

    @Test
    void anIncomingCallRingsIsAnsweredAndThenVoiceFlowsEveryTwentyMilliseconds() throws Exception {
        var a = attached(5, AnswerMode.MANUAL);

        down(a, ringing("", ""));
        assertThat(call().state()).isEqualTo(CallState.RINGING);
        assertThat(call().remoteNumber()).isEqualTo("100");
        assertThat(engine.snapshot("h1").orElseThrow().callState()).isEqualTo(CallState.RINGING);

        run(engine.answer("h1"));
        assertThat(a.received).last().isEqualTo(new Uplink.CallAnswer(CALL));
        assertThat(frames(a)).as("no voice before the network connects").isEmpty();

        down(a, connected());
        scheduler.advance(Duration.ofMillis(100));
        var sent = frames(a);
        assertThat(sent).extracting(Uplink.VoiceFrame::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(sent).allSatisfy(f -> {
            assertThat(f.callId()).isEqualTo(CALL);
            assertThat(f.codec()).isEqualTo(Codec.PCMA);
            assertThat(VoiceSignal.indexOf(f.payload())).isEqualTo(f.sequence());
        });
        var call = call();
        assertThat(call.state()).isEqualTo(CallState.CONNECTED);
        assertThat(call.bearerBases()).containsExactly(A.mac().value());
        assertThat(call.media().framesSent()).isEqualTo(6);
    }

    @Test
    void echoedDownlinkFramesAreCountedDuplicatesDroppedAndGapsFound() throws Exception {
        var a = attached(5, AnswerMode.AUTO);
        down(a, ringing("", ""));
        down(a, connected());
        scheduler.advance(Duration.ofMillis(200));

        // The far end echoes frames 0..9 under its own sequence; 3 comes twice, 7 never.
        var signal = new VoiceSignal(Codec.PCMA);
        for (int i = 0; i < 10; i++) {
            if (i != 7) {
                a.listener.onDownlink(new Downlink.VoiceFrame(CALL, i, Codec.PCMA, signal.frame(i)));
            }
            if (i == 3) {
                a.listener.onDownlink(new Downlink.VoiceFrame(CALL, i, Codec.PCMA, signal.frame(i)));
            }
        }
        scheduler.runDue();

        var media = call().media();
        assertThat(media.framesReceived()).isEqualTo(9);
        assertThat(media.duplicatesDropped()).isEqualTo(1);
        assertThat(media.lost()).isEqualTo(1);
        assertThat(media.echoedFrames()).isEqualTo(9);
        assertThat(media.echoLost()).isEqualTo(1);
        assertThat(media.contentErrors()).isZero();
    }

    @Test
    void aConnectedHandsetReportsWhatItHearsEveryMeasurementIntervalOnItsBearer() throws Exception {
        var a = attached(5, AnswerMode.AUTO);
        down(a, ringing("", ""));
        down(a, connected());

        scheduler.advance(Duration.ofMillis(1000));

        var measurements = a.received.stream().filter(Uplink.NeighbourMeasurement.class::isInstance)
                .map(Uplink.NeighbourMeasurement.class::cast).toList();
        assertThat(measurements).hasSize(6); // at 0, 200, ..., 1000 ms
        assertThat(measurements.get(0).callId()).isEqualTo(CALL);
        assertThat(measurements.get(0).heard()).extracting(BaseHeard::baseMac)
                .containsExactly(A.mac().value(), B.mac().value());
    }

    @Test
    void theNetworkEndsTheCallAndTheHandsetShowsWhyAndFallsSilent() throws Exception {
        var a = attached(5, AnswerMode.AUTO);
        down(a, ringing("", ""));
        down(a, connected());
        scheduler.advance(Duration.ofMillis(100));

        down(a, new Downlink.CallRelease(CALL, ReleaseCause.NORMAL, 0, "far end hung up"));
        int framesAtRelease = frames(a).size();
        scheduler.advance(Duration.ofMillis(500));

        var call = call();
        assertThat(call.state()).isEqualTo(CallState.RELEASED);
        assertThat(call.releaseCause()).contains(ReleaseCause.NORMAL);
        assertThat(call.releaseReason()).isEqualTo("far end hung up");
        assertThat(frames(a)).hasSize(framesAtRelease);
        assertThat(a.closedByHandset).as("the lock stream stays").isFalse();
    }

    @Test
    void aCallTheNetworkPutsOnAnotherBaseRingsOnASecondStreamLockedWithTheCallId() throws Exception {
        var a = attached(5, AnswerMode.MANUAL);

        down(a, ringing(B_AIR, B.mac().value()));
        var b = cells.last();
        assertThat(b.endpoint).isEqualTo(B_AIR);
        assertThat(b.received.get(0)).isInstanceOfSatisfying(Uplink.Lock.class,
                lock -> assertThat(lock.callId()).isEqualTo(CALL));
        assertThat(b.count(Uplink.LocationRequest.class)).as("a bearer is no attach").isZero();

        run(engine.answer("h1"));
        assertThat(b.received).last().isEqualTo(new Uplink.CallAnswer(CALL));
        down(a, connected());
        scheduler.advance(Duration.ofMillis(40));
        assertThat(frames(b)).hasSize(3);
        assertThat(frames(a)).isEmpty();

        run(engine.hangUp("h1"));
        assertThat(b.received).contains(new Uplink.CallRelease(CALL, ReleaseCause.NORMAL));
        assertThat(b.closedByHandset).isTrue();
        assertThat(a.closedByHandset).isFalse();
        assertThat(engine.snapshot("h1").orElseThrow().lockedBaseMac()).contains(A.mac().value());
    }

    @Test
    void theAnswerModeDecidesWhatARingingHandsetDoes() throws Exception {
        var a = attached(5, AnswerMode.BUSY);
        down(a, ringing("", ""));
        assertThat(a.received).last().isEqualTo(new Uplink.CallRelease(CALL, ReleaseCause.BUSY));
        assertThat(call().releaseCause()).contains(ReleaseCause.BUSY);

        run(engine.answerMode("h1", AnswerMode.REJECT));
        down(a, new Downlink.IncomingCall("call-2", "100", "", null, "", ""));
        assertThat(a.received).last().isEqualTo(new Uplink.CallRelease("call-2", ReleaseCause.DECLINED));

        run(engine.answerMode("h1", AnswerMode.AUTO));
        down(a, new Downlink.IncomingCall("call-3", "100", "", null, "", ""));
        assertThat(a.received).last().isEqualTo(new Uplink.CallAnswer("call-3"));

        // Busy in call-3: a further call is refused, call-3 goes on.
        down(a, new Downlink.IncomingCall("call-4", "101", "", null, "", ""));
        assertThat(a.received).last().isEqualTo(new Uplink.CallRelease("call-4", ReleaseCause.BUSY));
        assertThat(call().callId()).isEqualTo("call-3");
        assertThat(call().state()).isEqualTo(CallState.RINGING);
    }

    @Test
    void rejectingARingingCallOnTheHandsetIsDeclined() throws Exception {
        var a = attached(5, AnswerMode.MANUAL);
        down(a, ringing("", ""));

        var rejected = run(engine.hangUp("h1"));

        assertThat(a.received).last().isEqualTo(new Uplink.CallRelease(CALL, ReleaseCause.DECLINED));
        assertThat(rejected.state()).isEqualTo(CallState.RELEASED);
        assertThat(rejected.releaseCause()).contains(ReleaseCause.DECLINED);
        var again = engine.answer("h1");
        assertThatThrownBy(() -> run(again)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CallConflictException.class);
    }

    @Test
    void anAttachedHandsetDialsWithWhatItHearsAndFollowsTheCallToTheBearerBase() throws Exception {
        var a = attached(5, AnswerMode.MANUAL);

        var dialled = run(engine.dial("h1", "0301234567"));

        assertThat(dialled.state()).isEqualTo(CallState.DIALLING);
        String callId = dialled.callId();
        assertThat(callId).matches("[0-9a-f-]{36}");
        assertThat(a.received).last().isInstanceOfSatisfying(Uplink.CallSetup.class, setup -> {
            assertThat(setup.callId()).isEqualTo(callId);
            assertThat(setup.dialledNumber()).isEqualTo("0301234567");
            assertThat(setup.heard()).extracting(BaseHeard::baseMac).containsExactly(A.mac().value(), B.mac().value());
        });
        var second = engine.dial("h1", "1");
        assertThatThrownBy(() -> run(second)).hasCauseInstanceOf(CallConflictException.class);

        down(a, new Downlink.CallProgress(callId, ProgressState.PROCEEDING, null, B_AIR, B.mac().value()));
        var b = cells.last();
        assertThat(b.endpoint).isEqualTo(B_AIR);
        assertThat(b.received.get(0)).isInstanceOfSatisfying(Uplink.Lock.class,
                lock -> assertThat(lock.callId()).isEqualTo(callId));
        down(a, new Downlink.CallProgress(callId, ProgressState.RINGBACK, null, "", ""));
        assertThat(call().state()).isEqualTo(CallState.RINGBACK);
        down(a, new Downlink.CallProgress(callId, ProgressState.CONNECTED, Codec.PCMU, "", ""));
        scheduler.advance(Duration.ofMillis(20));

        assertThat(frames(b)).extracting(Uplink.VoiceFrame::codec).containsExactly(Codec.PCMU, Codec.PCMU);
        assertThat(frames(a)).isEmpty();
        assertThat(call().codec()).isEqualTo(Codec.PCMU);
        assertThat(call().bearerBases()).containsExactly(B.mac().value());
    }

    @Test
    void aHandsetThatIsNotAttachedCannotDial() {
        var record = new HandsetRecord("h1", ALICE, "S700H PRO", "114.00", new FloorPosition(1000, 0),
                Optional.empty());
        store.insert(List.of(record));
        engine.add(List.of(record));

        var dial = engine.dial("h1", "100");

        assertThatThrownBy(() -> run(dial)).hasCauseInstanceOf(CallConflictException.class)
                .hasMessageContaining("OUT_OF_RANGE");
        var current = engine.currentCall("h1");
        assertThatThrownBy(() -> run(current)).hasCauseInstanceOf(NoCallException.class);
    }

    @Test
    void aSetupTheNetworkNeverAnswersIsGivenUp() throws Exception {
        var a = attached(5, AnswerMode.MANUAL);
        String callId = run(engine.dial("h1", "100")).callId();

        scheduler.advance(Duration.ofSeconds(11));

        assertThat(call().releaseCause()).contains(ReleaseCause.NETWORK_FAILURE);
        assertThat(a.received).contains(new Uplink.CallRelease(callId, ReleaseCause.NORMAL));
    }

    @Test
    void aHandoverSendsOnBothBearersThenTheHandsetIsLockedToTheTargetWithoutAttachingAgain() throws Exception {
        var a = attached(5, AnswerMode.AUTO);
        down(a, ringing("", ""));
        down(a, connected());
        scheduler.advance(Duration.ofMillis(100));

        engine.moveTo("h1", new FloorPosition(30, 0)); // walked towards B: the network hands over
        down(a, new Downlink.HandoverCommand(CALL, B.mac().value(), B_AIR));
        var b = cells.last();
        assertThat(b.received.get(0)).isInstanceOfSatisfying(Uplink.Lock.class,
                lock -> assertThat(lock.callId()).isEqualTo(CALL));
        assertThat(call().bearerBases()).containsExactly(A.mac().value(), B.mac().value());
        scheduler.advance(Duration.ofMillis(100));
        var onA = frames(a).stream().map(Uplink.VoiceFrame::sequence).toList();
        var onB = frames(b).stream().map(Uplink.VoiceFrame::sequence).toList();
        assertThat(onB).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(onA).endsWith(6L, 7L, 8L, 9L, 10L);

        down(a, new Downlink.BearerReleased(CALL));
        scheduler.advance(Duration.ofMillis(100));

        assertThat(a.closedByHandset).isTrue();
        assertThat(frames(b)).extracting(Uplink.VoiceFrame::sequence).endsWith(15L);
        assertThat(frames(a)).extracting(Uplink.VoiceFrame::sequence).last().isEqualTo(10L);
        var call = call();
        assertThat(call.handovers()).isEqualTo(1);
        assertThat(call.bearerBases()).containsExactly(B.mac().value());
        var handset = engine.snapshot("h1").orElseThrow();
        assertThat(handset.lockedBaseMac()).contains(B.mac().value());
        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(b.count(Uplink.LocationRequest.class)).isZero();

        // After the call the handset stays on B, the strongest it hears: its lock stream now.
        down(b, new Downlink.CallRelease(CALL, ReleaseCause.NORMAL, 0, ""));
        int streams = cells.streams.size();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(b.closedByHandset).isFalse();
        assertThat(cells.streams).hasSize(streams);
        assertThat(handset.roams()).isZero();
    }

    @Test
    void inACallTheHandsetDoesNotRoamAndLosesTheCallWhenItNoLongerHearsTheBearer() throws Exception {
        var a = attached(5, AnswerMode.AUTO);
        down(a, ringing("", ""));
        down(a, connected());

        engine.moveTo("h1", new FloorPosition(38, 0));
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(engine.snapshot("h1").orElseThrow().lockedBaseMac()).as("B is stronger, but a call stays")
                .contains(A.mac().value());
        assertThat(cells.streams).hasSize(1);

        engine.moveTo("h1", new FloorPosition(1000, 0));
        scheduler.runDue();
        var call = call();
        assertThat(call.state()).isEqualTo(CallState.RELEASED);
        assertThat(call.releaseCause()).contains(ReleaseCause.LINK_LOST);
        assertThat(a.closedByHandset).isTrue();
        assertThat(engine.snapshot("h1").orElseThrow().state()).isEqualTo(HandsetState.OUT_OF_RANGE);

        // Back in range, the idle lock logic runs again.
        engine.moveTo("h1", new FloorPosition(38, 0));
        scheduler.advance(Duration.ofSeconds(2));
        var handset = engine.snapshot("h1").orElseThrow();
        assertThat(handset.lockedBaseMac()).contains(B.mac().value());
        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
    }
}
