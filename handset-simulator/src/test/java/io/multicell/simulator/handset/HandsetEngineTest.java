package io.multicell.simulator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.air.BaseHeard;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.Uplink;
import io.multicell.simulator.radio.BaseOnAir;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The handsets' behaviour in virtual time: a fake clock, a manual scheduler and bases played by {@link FakeCells}. */
@Timeout(30)
class HandsetEngineTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final String A_AIR = "127.0.0.1:9091";
    private static final String B_AIR = "127.0.0.1:9092";
    private static final BaseOnAir A =
            new BaseOnAir(MacAddress.forInstance(1), "0123456700", new FloorPosition(0, 0), A_AIR, true);
    private static final BaseOnAir B =
            new BaseOnAir(MacAddress.forInstance(2), "0123456701", new FloorPosition(40, 0), B_AIR, true);
    private static final Ipui ALICE = new Ipui("0123456789");

    private final MutableClock clock = new MutableClock(T0);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeCells cells = new FakeCells();
    private final InMemoryHandsetStore store = new InMemoryHandsetStore();
    private HandsetEngine engine = newEngine();

    private HandsetEngine newEngine() {
        // The store writes inline: in the service they leave the engine thread, in order.
        return new HandsetEngine(EngineSettings.defaults(), clock, scheduler, cells, store, Runnable::run, new Random(7));
    }

    @BeforeEach
    void basesOnTheAir() {
        engine.start();
        engine.updateBases(List.of(A, B));
        scheduler.runDue();
    }

    private HandsetSnapshot add(String id, double x, double y) {
        var record = new HandsetRecord(id, ALICE, "S700H PRO", "114.00", new FloorPosition(x, y), Optional.empty());
        store.insert(List.of(record));
        engine.add(List.of(record));
        scheduler.runDue();
        return view(id);
    }

    /** A handset the DM already knows: its key is in the fake cells and in its flash. */
    private HandsetSnapshot addRegistered(String id, double x, double y) {
        byte[] uak = new byte[32];
        uak[0] = 42;
        cells.keys.put(ALICE, uak);
        var record = new HandsetRecord(id, ALICE, "S700H PRO", "114.00", new FloorPosition(x, y), Optional.of(uak));
        store.insert(List.of(record));
        engine.add(List.of(record));
        scheduler.runDue();
        return view(id);
    }

    private HandsetSnapshot view(String id) {
        return engine.snapshot(id).orElseThrow();
    }

    private void tick(Duration duration) {
        scheduler.advance(duration);
    }

    @Test
    void aHandsetLocksToTheStrongestBaseAndAttachesWithItsKey() {
        var handset = addRegistered("h1", 5, 0);

        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(handset.lockedBaseMac()).contains(A.mac().value());
        assertThat(handset.lockedRfpi()).contains("0123456700");
        assertThat(handset.rssi()).containsOnlyKeys(A.mac().value(), B.mac().value());
        assertThat(handset.rssi().get(A.mac().value())).isGreaterThan(handset.rssi().get(B.mac().value()));
        assertThat(handset.lastAttachResult()).contains(new ProcedureResult(true, ""));
        var stream = cells.last();
        assertThat(stream.endpoint).isEqualTo(A_AIR);
        assertThat(stream.received.get(0)).isInstanceOfSatisfying(Uplink.Lock.class, lock -> {
            assertThat(lock.ipui()).isEqualTo(ALICE);
            assertThat(lock.model()).isEqualTo("S700H PRO");
            assertThat(lock.rssiDbm()).isEqualTo(handset.rssi().get(A.mac().value()), org.assertj.core.data.Offset.offset(0.05));
        });
    }

    @Test
    void aHandsetWithoutAKeyStaysUnregisteredAndShowsWhyItWasRefused() {
        var handset = add("h1", 5, 0);

        assertThat(handset.state()).isEqualTo(HandsetState.LOCKED_UNREGISTERED);
        assertThat(handset.registered()).isFalse();
        assertThat(handset.lastAttachResult()).contains(new ProcedureResult(false, "not registered"));

        tick(Duration.ofMinutes(1));
        assertThat(cells.last().count(Uplink.LocationRequest.class)).as("no retries without a key").isEqualTo(1);
    }

    @Test
    void registrationWithTheRightPinStoresTheKeyThenAttaches() throws Exception {
        cells.pins.put(ALICE, Pin.parse("1234"));
        add("h1", 5, 0);

        engine.requestRegistration("h1", Pin.parse("1234"));
        scheduler.runDue();

        var handset = view("h1");
        assertThat(handset.lastRegistrationResult()).contains(new ProcedureResult(true, ""));
        assertThat(handset.registered()).isTrue();
        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(store.records.get("h1").uak()).hasValueSatisfying(uak -> assertThat(uak).isEqualTo(cells.keys.get(ALICE)));

        // Switched off and on again: the key comes back from the store and proves itself at the base.
        var stopped = engine.stop();
        scheduler.runDue();
        stopped.get();
        engine = newEngine();
        engine.start();
        engine.updateBases(List.of(A, B));
        scheduler.runDue();
        int streamsBefore = cells.streams.size();
        tick(Duration.ofMillis(200));
        assertThat(view("h1").registered()).isTrue();
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(cells.streams).hasSize(streamsBefore + 1);
    }

    @Test
    void aWrongPinIsRefusedAndTheHandsetHoldsNoKey() {
        cells.pins.put(ALICE, Pin.parse("1234"));
        add("h1", 5, 0);

        engine.requestRegistration("h1", Pin.parse("4321"));
        scheduler.runDue();

        var handset = view("h1");
        assertThat(handset.lastRegistrationResult()).contains(new ProcedureResult(false, "wrong PIN"));
        assertThat(handset.registered()).isFalse();
        assertThat(handset.state()).isEqualTo(HandsetState.LOCKED_UNREGISTERED);
        assertThat(store.records.get("h1").uak()).isEmpty();
    }

    @Test
    void aRegistrationAskedForOutOfRangeHappensAtTheFirstBaseTheHandsetLocksTo() {
        cells.pins.put(ALICE, Pin.parse("1234"));
        add("h1", 1000, 0);
        engine.requestRegistration("h1", Pin.parse("1234"));
        scheduler.runDue();
        assertThat(view("h1").registrationPending()).isTrue();

        engine.moveTo("h1", new FloorPosition(5, 0));
        scheduler.runDue();

        assertThat(cells.last().received).extracting(m -> m.getClass().getSimpleName()).containsExactly(
                "Lock", "AccessRightsRequest", "ChallengeResponse", "LocationRequest", "ChallengeResponse");
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(view("h1").registrationPending()).isFalse();
    }

    @Test
    void aSecondRegistrationWhileOneRunsIsRefused() {
        cells.pins.put(ALICE, Pin.parse("1234"));
        add("h1", 5, 0);
        cells.silent.add(A_AIR);
        engine.requestRegistration("h1", Pin.parse("1234"));
        scheduler.runDue();
        assertThat(view("h1").state()).isEqualTo(HandsetState.REGISTERING);

        var second = engine.requestRegistration("h1", Pin.parse("1234"));
        scheduler.runDue();

        assertThatThrownBy(second::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RegistrationInProgressException.class);
    }

    @Test
    void walkingFromOneCellIntoTheNextReLocksExactlyOnce() {
        addRegistered("h1", 0, 0);

        engine.walk("h1", new Walk(List.of(new FloorPosition(40, 0)), 2.0));
        tick(Duration.ofSeconds(25));

        var handset = view("h1");
        assertThat(handset.position()).isEqualTo(new FloorPosition(40, 0));
        assertThat(handset.walking()).isFalse();
        assertThat(handset.roams()).isEqualTo(1);
        assertThat(engine.roams()).isEqualTo(1);
        assertThat(handset.lockedBaseMac()).contains(B.mac().value());
        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(cells.streamsTo(A_AIR)).hasSize(1);
        assertThat(cells.streamsTo(B_AIR)).hasSize(1);
        assertThat(cells.streamsTo(A_AIR).get(0).closedByHandset).isTrue();
        assertThat(store.records.get("h1").position()).as("the end of the walk is stored").isEqualTo(new FloorPosition(40, 0));
    }

    @Test
    void dwellingAtTheCellEdgeDoesNotFlap() {
        addRegistered("h1", 18, 0);

        engine.walk("h1", new Walk(List.of(new FloorPosition(22, 0), new FloorPosition(18, 0), new FloorPosition(22, 0),
                new FloorPosition(18, 0), new FloorPosition(22, 0)), 1.0));
        tick(Duration.ofSeconds(25));

        assertThat(view("h1").roams()).isZero();
        assertThat(view("h1").lockedBaseMac()).contains(A.mac().value());
        assertThat(cells.streams).hasSize(1);
    }

    @Test
    void outOfRangeOfEveryBaseTheHandsetIsNotReachableAndLeavesItsBase() {
        addRegistered("h1", 5, 0);
        var stream = cells.last();

        engine.moveTo("h1", new FloorPosition(1000, 0));
        scheduler.runDue();

        var handset = view("h1");
        assertThat(handset.state()).isEqualTo(HandsetState.OUT_OF_RANGE);
        assertThat(handset.reachable()).isFalse();
        assertThat(handset.attached()).isFalse();
        assertThat(handset.lockedBaseMac()).isEmpty();
        assertThat(handset.rssi()).isEmpty();
        assertThat(stream.closedByHandset).isTrue();
        assertThat(handset.roams()).isZero();

        engine.moveTo("h1", new FloorPosition(38, 0));
        scheduler.runDue();
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(view("h1").roams()).as("coming back into range is no roam").isZero();
    }

    @Test
    void aBaseThatLeavesServiceIsHeardForTheGracePeriodThenTheHandsetMovesOn() {
        addRegistered("h1", 5, 0);
        var aOffline = new BaseOnAir(A.mac(), A.rfpi(), A.position(), A_AIR, false);

        engine.updateBases(List.of(aOffline, B));
        tick(Duration.ofSeconds(2));
        engine.updateBases(List.of(aOffline, B));
        tick(Duration.ofMillis(500));
        assertThat(view("h1").lockedBaseMac()).contains(A.mac().value());

        tick(Duration.ofMillis(700));
        engine.updateBases(List.of(aOffline, B));
        tick(Duration.ofMillis(200));
        assertThat(view("h1").lockedBaseMac()).contains(B.mac().value());
        assertThat(view("h1").rssi()).containsOnlyKeys(B.mac().value());
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
    }

    @Test
    void whileTheDmDoesNotAnswerHandsetsKeepHearingTheBasesTheyKnew() {
        addRegistered("h1", 5, 0);

        tick(Duration.ofMinutes(1)); // no list from the DM all that time

        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(cells.streams).hasSize(1);
    }

    @Test
    void aRefusedHandsetWithAKeyTriesAgainWithAGrowingWait() {
        addRegistered("h1", 5, 0);
        cells.keys.clear(); // de-registered at the DM
        cells.last().end();
        scheduler.runDue();
        tick(Duration.ofMillis(1000)); // re-lock after the back-off: refused
        var stream = cells.last();
        assertThat(view("h1").state()).isEqualTo(HandsetState.REFUSED);
        assertThat(view("h1").lastAttachResult()).contains(new ProcedureResult(false, "not registered"));
        assertThat(view("h1").registered()).as("the handset keeps its key").isTrue();

        tick(Duration.ofMillis(700));
        assertThat(stream.count(Uplink.LocationRequest.class)).isEqualTo(1);
        tick(Duration.ofMillis(600)); // the first wait is 1 s +-20%
        assertThat(stream.count(Uplink.LocationRequest.class)).isEqualTo(2);
        tick(Duration.ofMillis(1500));
        assertThat(stream.count(Uplink.LocationRequest.class)).as("the second wait is 2 s +-20%").isEqualTo(2);
        tick(Duration.ofMillis(1000));
        assertThat(stream.count(Uplink.LocationRequest.class)).isEqualTo(3);
    }

    @Test
    void aBaseThatNeverAnswersMakesTheHandsetGiveUpAndStartOver() {
        cells.silent.add(A_AIR);
        addRegistered("h1", 5, 0);
        var first = cells.last();
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHING);

        tick(Duration.ofSeconds(10));
        assertThat(view("h1").state()).isEqualTo(HandsetState.LOCKING);
        assertThat(view("h1").lastAttachResult()).contains(new ProcedureResult(false, "no answer from the base"));
        assertThat(first.closedByHandset).isTrue();

        cells.silent.clear();
        tick(Duration.ofMillis(1100));
        assertThat(cells.streams).hasSize(2);
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
    }

    @Test
    void aPageIsAnswered() {
        addRegistered("h1", 5, 0);

        cells.last().listener.onDownlink(new Downlink.Page("page-9"));
        scheduler.runDue();

        assertThat(cells.last().received).last().isInstanceOfSatisfying(Uplink.PageResponse.class, answer -> {
            assertThat(answer.pageId()).isEqualTo("page-9");
            // Every base it hears, strongest first: the DM picks a neighbour from these when the paged base is full.
            assertThat(answer.heard()).extracting(BaseHeard::baseMac).containsExactly(A.mac().value(), B.mac().value());
            assertThat(answer.heard().get(0).rssiDbm()).isEqualTo(view("h1").rssi().get(A.mac().value()));
        });
    }

    @Test
    void whenTheBaseEndsTheStreamTheHandsetLocksAgainAfterABackOff() {
        addRegistered("h1", 5, 0);

        cells.last().end();
        scheduler.runDue();
        assertThat(view("h1").state()).isEqualTo(HandsetState.LOCKING);
        assertThat(view("h1").reachable()).isTrue();

        tick(Duration.ofMillis(900));
        assertThat(cells.streams).hasSize(1);
        tick(Duration.ofMillis(200));
        assertThat(cells.streams).hasSize(2);
        assertThat(view("h1").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(view("h1").roams()).isZero();
    }

    @Test
    void aReleasedHandsetShowsTheReasonAndIsRefusedOnceTheDmForgotIt() {
        addRegistered("h1", 5, 0);
        cells.keys.clear();

        cells.last().listener.onDownlink(new Downlink.LocationResult(false, "de-registered"));
        cells.last().end();
        scheduler.runDue();
        assertThat(view("h1").lastAttachResult()).contains(new ProcedureResult(false, "de-registered"));

        tick(Duration.ofMillis(1100));
        assertThat(view("h1").state()).isEqualTo(HandsetState.REFUSED);
        assertThat(view("h1").lastAttachResult()).contains(new ProcedureResult(false, "not registered"));
    }

    @Test
    void aCloneWithTheSameIpuiButNoKeyIsRefused() {
        addRegistered("original", 5, 0);
        add("clone", 6, 0);

        assertThat(view("original").state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(view("clone").state()).isEqualTo(HandsetState.LOCKED_UNREGISTERED);
        assertThat(view("clone").lastAttachResult()).contains(new ProcedureResult(false, "authentication failed"));
    }

    @Test
    void aRemovedHandsetLeavesItsBase() throws Exception {
        addRegistered("h1", 5, 0);

        var removed = engine.remove("h1");
        scheduler.runDue();
        removed.get();

        assertThat(engine.snapshot("h1")).isEmpty();
        assertThat(cells.last().closedByHandset).isTrue();
        var again = engine.remove("h1");
        scheduler.runDue();
        assertThatThrownBy(again::get).hasCauseInstanceOf(UnknownHandsetException.class);
    }

    @Test
    void theStatesAreCounted() {
        addRegistered("h1", 5, 0);
        add("h2", 1000, 0);

        assertThat(engine.count(HandsetState.ATTACHED)).isEqualTo(1);
        assertThat(engine.count(HandsetState.OUT_OF_RANGE)).isEqualTo(1);
        assertThat(engine.count(HandsetState.REFUSED)).isZero();
    }
}
