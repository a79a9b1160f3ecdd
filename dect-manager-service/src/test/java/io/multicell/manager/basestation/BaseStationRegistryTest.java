package io.multicell.manager.basestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import io.multicell.manager.events.Incident;
import io.multicell.manager.events.SyncStateChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BaseStationRegistryTest {

    private static final MacAddress A = MacAddress.forInstance(1);
    private static final MacAddress B = MacAddress.forInstance(2);
    private static final MacAddress C = MacAddress.forInstance(3);
    private static final DectManagerSettings SETTINGS = new DectManagerSettings("DM1", 0, Duration.ofSeconds(3), "dect-manager");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final RecordingSink sink = new RecordingSink();
    private BaseStationRegistry registry = open();

    private BaseStationRegistry open() {
        return BaseStationRegistry.open(SETTINGS, clock, store, sink, new Random(7));
    }

    // ---- pending bases and assignment ----

    @Test
    void aConnectedBaseThatIsNotPlannedIsPending() {
        RecordingLink link = connect(A);

        BaseStationView view = view(A);
        assertThat(view.assigned()).isFalse();
        assertThat(view.online()).isTrue();
        assertThat(view.rpn()).isEmpty();
        assertThat(view.firmware()).isEqualTo("2.54.0");
        assertThat(view.reportedPosition()).contains(new FloorPosition(0, 0));
        assertThat(link.sent).containsExactly(new BaseCommand.Assign(Assignment.pending()), new BaseCommand.LedDisplay(true));
        assertThat(sink.events).isEmpty();
        assertThat(registry.countByStatus()).containsEntry("Pending", 1).containsEntry("Sync", 0);
    }

    @Test
    void applyingThePlanNumbersTheBaseAndSynchronisesALevelOneMaster() {
        RecordingLink link = connect(A);

        AppliedPlan applied = registry.applyPlan(plan(1, master(A, 0)));

        Rfpi rfpi = new Rfpi(registry.info().pari(), new Rpn(0));
        assertThat(applied.revision()).isEqualTo(1);
        assertThat(applied.assignments()).containsExactly(new AppliedPlan.Numbering(A, new Rpn(0), rfpi));
        assertThat(link.lastAssignment()).isEqualTo(
                new Assignment(true, Optional.of(new Rpn(0)), Optional.of(rfpi), A.value(), BaseStationStatus.SYNC, Optional.empty()));
        SyncStateChange change = sink.syncChanges().get(0);
        assertThat(change.previousStatus()).isEmpty();
        assertThat(change.status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(change.syncType()).isEqualTo("1");
        assertThat(change.syncLevel()).isEqualTo(1);
        assertThat(change.rfpi()).isEqualTo(rfpi);
        assertThat(change.sequence()).isEqualTo(1);
        assertThat(change.occurredAt()).isEqualTo(clock.instant());
        assertThat(sink.incidents()).isEmpty();
        assertThat(view(A).assigned()).isTrue();
        assertThat(registry.countByStatus()).containsEntry("Sync", 1).containsEntry("Pending", 0);
    }

    @Test
    void aPlannedBaseThatNeverConnectedIsOfflineWithoutAnIncident() {
        registry.applyPlan(plan(1, master(A, 0)));

        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
        assertThat(sink.syncChanges()).extracting(SyncStateChange::status).containsExactly(BaseStationStatus.OFFLINE);
        assertThat(sink.incidents()).isEmpty();
    }

    @Test
    void aDeactivatedBaseIsShownDeactivated() {
        connect(A);
        registry.applyPlan(plan(1, new ConfirmedBase(A, "Lobby", false, null, new SyncSettings(1, 1, SyncSlave.NONE, false, false),
                null, false)));

        assertThat(view(A).status()).isEqualTo(BaseStationStatus.DEACTIVATED);
        assertThat(view(A).name()).isEqualTo("Lobby");
    }

    // ---- offline detection ----

    @Test
    void aClosedStreamMakesTheBaseOfflineAtOnceAndRaisesAnIncident() {
        RecordingLink link = connect(A);
        registry.applyPlan(plan(1, master(A, 0)));
        sink.clear();

        registry.streamClosed(A, link);

        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
        assertThat(view(A).online()).isFalse();
        assertThat(view(A).firmware()).as("last known firmware stays").isEqualTo("2.54.0");
        SyncStateChange change = sink.syncChanges().get(0);
        assertThat(change.previousStatus()).contains(BaseStationStatus.SYNC);
        assertThat(change.status()).isEqualTo(BaseStationStatus.OFFLINE);
        Incident incident = sink.incidents().get(0);
        assertThat(incident.severity()).isEqualTo(Incident.Severity.CRITICAL);
        assertThat(incident.code()).isEqualTo("BASE_STATION_OFFLINE");
        assertThat(incident.message()).contains(A.value());
        assertThat(incident.mac()).isEqualTo(A);
    }

    @Test
    void aBaseComingBackRaisesAnOnlineIncident() {
        RecordingLink first = connect(A);
        registry.applyPlan(plan(1, master(A, 0)));
        registry.streamClosed(A, first);
        sink.clear();

        connect(A);

        assertThat(sink.syncChanges()).extracting(SyncStateChange::status).containsExactly(BaseStationStatus.SYNC);
        assertThat(sink.incidents()).extracting(Incident::severity, Incident::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Incident.Severity.INFO, "BASE_STATION_ONLINE"));
    }

    @Test
    void missingHeartbeatsForOfflineAfterMakeTheBaseOfflineOnTheTick() {
        RecordingLink link = connect(A);
        registry.applyPlan(plan(1, master(A, 0)));
        sink.clear();

        clock.advance(Duration.ofSeconds(2));
        registry.heartbeat(A, link);
        clock.advance(Duration.ofMillis(2900));
        registry.tick();
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(sink.events).isEmpty();

        clock.advance(Duration.ofMillis(100));
        registry.tick();
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
        assertThat(view(A).online()).isFalse();
        assertThat(sink.incidents()).extracting(Incident::code).containsExactly("BASE_STATION_OFFLINE");
        assertThat(link.lastAssignment().status()).isEqualTo(BaseStationStatus.OFFLINE);

        registry.heartbeat(A, link);
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(sink.incidents()).extracting(Incident::code).containsExactly("BASE_STATION_OFFLINE", "BASE_STATION_ONLINE");
    }

    @Test
    void aSecondStreamForTheSameMacReplacesTheFirst() {
        RecordingLink first = connect(A);
        registry.applyPlan(plan(1, master(A, 0)));
        RecordingLink second = connect(A);
        sink.clear();

        assertThat(first.replaced).isTrue();
        assertThat(second.lastAssignment().status()).isEqualTo(BaseStationStatus.SYNC);

        // Late news from the replaced stream must not touch the live one.
        registry.streamClosed(A, first);
        clock.advance(Duration.ofSeconds(2));
        registry.heartbeat(A, first);
        clock.advance(Duration.ofSeconds(2));
        registry.tick();
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
        registry.heartbeat(A, second);
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.SYNC);
    }

    // ---- sync resolution ----

    @Test
    void dectSlavesFollowTheBetterLevelTheyHearAndLoseSyncWithIt() {
        RecordingLink a = connect(A);
        RecordingLink b = connect(B);
        connect(C);
        // A at 0 m, B at 20 m (hears A), C at 60 m (hears B at 40 m, A too weakly).
        registry.applyPlan(plan(1, master(A, 0), dectSlave(B, 2, 20), dectSlave(C, 3, 60)));

        Rfpi rfpiA = new Rfpi(registry.info().pari(), new Rpn(0));
        BaseStationView viewB = view(B);
        assertThat(viewB.status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(viewB.syncType()).isEqualTo("D");
        assertThat(viewB.syncSourceMac()).contains(A);
        assertThat(viewB.syncSourceRfpi()).contains(rfpiA);
        assertThat(viewB.reference()).isEqualTo("Cluster 1");
        assertThat(viewB.syncSourceRssiDbm()).isLessThan(0);
        assertThat(view(C).syncSourceMac()).contains(B);
        assertThat(b.lastAssignment().syncSource()).contains(rfpiA);

        registry.streamClosed(A, a);

        assertThat(view(B).status()).isEqualTo(BaseStationStatus.NO_SYNC);
        assertThat(view(C).status()).isEqualTo(BaseStationStatus.NO_SYNC);
        assertThat(b.lastAssignment().syncSource()).isEmpty();
        List<SyncStateChange> ofC = sink.syncChanges(C);
        assertThat(ofC).extracting(SyncStateChange::status).containsExactly(BaseStationStatus.SYNC, BaseStationStatus.NO_SYNC);
        assertThat(ofC).extracting(SyncStateChange::sequence).containsExactly(1L, 2L);
        assertThat(ofC.get(1).previousStatus()).contains(BaseStationStatus.SYNC);
        assertThat(sink.incidents()).extracting(Incident::mac).containsExactly(A);
    }

    @Test
    void aRedundancyMasterTakesOverAtLevelOneWhenTheMasterFails() {
        RecordingLink a = connect(A);
        connect(B);
        var redundancy = new ConfirmedBase(B, "", true, null, new SyncSettings(1, 2, SyncSlave.DECT, false, true),
                new FloorPosition(20, 0), false);
        registry.applyPlan(plan(1, master(A, 0), redundancy));
        assertThat(view(B).effectiveSyncLevel()).isEqualTo(2);

        registry.streamClosed(A, a);

        assertThat(view(B).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(view(B).effectiveSyncLevel()).isEqualTo(1);
        assertThat(view(B).syncType()).isEqualTo("1");
        SyncStateChange takeOver = sink.syncChanges(B).get(sink.syncChanges(B).size() - 1);
        assertThat(takeOver.syncLevel()).isEqualTo(1);
        assertThat(takeOver.previousStatus()).contains(BaseStationStatus.SYNC);
    }

    @Test
    void aLanSlaveShowsTheDmNameAsReference() {
        connect(A);
        connect(B);
        var lanMaster = new ConfirmedBase(A, "", true, null, new SyncSettings(1, 1, SyncSlave.NONE, true, false), null, false);
        var lanSlave = new ConfirmedBase(B, "", true, null, new SyncSettings(1, 2, SyncSlave.LAN, false, false),
                new FloorPosition(500, 0), false);

        registry.applyPlan(plan(1, lanMaster, lanSlave));

        assertThat(view(B).status()).isEqualTo(BaseStationStatus.SYNC);
        assertThat(view(B).syncType()).isEqualTo("L");
        assertThat(view(B).reference()).isEqualTo("DM1");
        assertThat(view(B).syncSourceRssiDbm()).isZero();
    }

    @Test
    void synchroniseAcceptsAllOrOneClusterAndCountsChanges() {
        connect(A);
        registry.applyPlan(plan(1, master(A, 0)));

        assertThat(registry.synchronise(0)).isZero();
        assertThat(registry.synchronise(1)).isZero();
        assertThatThrownBy(() -> registry.synchronise(10))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("cluster: must be 0 (all clusters) or 1..9");
    }

    // ---- plan changes ----

    @Test
    void aBaseRemovedFromThePlanTurnsPendingAndItsRpnGoesToTheNextNewBase() {
        connect(A);
        RecordingLink b = connect(B);
        registry.applyPlan(plan(1, master(A, 0), dectSlave(B, 2, 10)));
        assertThat(view(B).rpn()).contains(new Rpn(1));

        registry.applyPlan(plan(2, master(A, 0)));

        assertThat(view(B).assigned()).isFalse();
        assertThat(view(B).online()).isTrue();
        assertThat(b.lastAssignment()).isEqualTo(Assignment.pending());
        assertThat(registry.countByStatus()).containsEntry("Pending", 1).containsEntry("Sync", 1);

        AppliedPlan third = registry.applyPlan(plan(3, master(A, 0), dectSlave(C, 2, 10)));
        assertThat(third.assignments()).extracting(AppliedPlan.Numbering::mac, AppliedPlan.Numbering::rpn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(A, new Rpn(0)), org.assertj.core.groups.Tuple.tuple(C, new Rpn(1)));
    }

    @Test
    void applyingThePlanInForceAgainChangesNothing() {
        RecordingLink link = connect(A);
        registry.applyPlan(plan(4, master(A, 0)));
        int commands = link.sent.size();
        sink.clear();

        AppliedPlan again = registry.applyPlan(plan(4, master(A, 0)));

        assertThat(again.revision()).isEqualTo(4);
        assertThat(again.assignments()).hasSize(1);
        assertThat(store.planWrites).isEqualTo(1);
        assertThat(sink.events).isEmpty();
        assertThat(link.sent).hasSize(commands);
    }

    @Test
    void aPlanTheStoreRefusesChangesNothing() {
        connect(A);
        registry.applyPlan(plan(1, master(A, 0)));
        List<BaseStationView> before = registry.list();
        sink.clear();
        store.failing = true;

        assertThatThrownBy(() -> registry.applyPlan(plan(2, master(A, 0), dectSlave(B, 2, 10))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(registry.info().planRevision()).isEqualTo(1);
        assertThat(registry.list()).isEqualTo(before);
        assertThat(sink.events).isEmpty();
    }

    @Test
    void aRestartedDmKeepsItsPariRpnsRevisionAndLastKnownFirmware() {
        connect(A);
        registry.applyPlan(plan(7, master(A, 0), dectSlave(B, 2, 10)));
        var pari = registry.info().pari();
        sink.clear();

        registry = open();

        assertThat(registry.info().pari()).isEqualTo(pari);
        assertThat(registry.info().planRevision()).isEqualTo(7);
        assertThat(view(A).rpn()).contains(new Rpn(0));
        assertThat(view(B).rpn()).contains(new Rpn(1));
        assertThat(view(A).firmware()).isEqualTo("2.54.0");
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
        // The new run announces where every base stands, without inventing incidents.
        assertThat(sink.syncChanges()).extracting(SyncStateChange::mac, SyncStateChange::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(A, 1L), org.assertj.core.groups.Tuple.tuple(B, 1L));
        assertThat(sink.incidents()).isEmpty();
    }

    @Test
    void theLocalBaseWithoutANameIsCalledLocalBS() {
        var link = new RecordingLink();
        registry.hello(link, new BaseHello(A, "2.54.0", "127.0.0.1", null, true));

        registry.applyPlan(plan(1, master(A, 0)));

        assertThat(link.lastAssignment().name()).isEqualTo("LocalBS");
        assertThat(sink.syncChanges().get(0).name()).isEqualTo("LocalBS");
        assertThat(view(A).local()).isTrue();

        registry.applyPlan(plan(2, new ConfirmedBase(A, "Reception", true, null, new SyncSettings(1, 1, SyncSlave.NONE, false, false),
                null, false)));
        assertThat(link.lastAssignment().name()).isEqualTo("Reception");
    }

    // ---- commands ----

    @Test
    void rebootGoesOnlyToAnOnlineBase() {
        registry.applyPlan(plan(1, master(A, 0)));

        assertThatThrownBy(() -> registry.reboot(B)).isInstanceOf(UnknownBaseStationException.class);
        assertThatThrownBy(() -> registry.reboot(A)).isInstanceOf(BaseStationOfflineException.class);

        RecordingLink link = connect(A);
        registry.reboot(A);
        assertThat(link.sent).endsWith(new BaseCommand.Reboot());
    }

    @Test
    void theLedSettingIsStoredAndPushedToEveryConnectedBase() {
        RecordingLink a = connect(A);
        RecordingLink b = connect(B);

        registry.setLedDisplay(false);

        assertThat(store.ledDisplay).isFalse();
        assertThat(registry.info().ledDisplay()).isFalse();
        assertThat(a.sent).endsWith(new BaseCommand.LedDisplay(false));
        assertThat(b.sent).endsWith(new BaseCommand.LedDisplay(false));
        assertThat(connect(C).sent).endsWith(new BaseCommand.LedDisplay(false));
    }

    @Test
    void aProtocolViolationEndsTheStreamAndTheBaseGoesOffline() {
        RecordingLink link = connect(A);
        registry.applyPlan(plan(1, master(A, 0)));

        registry.protocolViolation(A, link, new InvalidValueException("report", "Hello is sent once per stream"));

        assertThat(link.rejected).hasMessage("report: Hello is sent once per stream");
        assertThat(view(A).status()).isEqualTo(BaseStationStatus.OFFLINE);
    }

    // ---- helpers ----

    private RecordingLink connect(MacAddress mac) {
        var link = new RecordingLink();
        registry.hello(link, new BaseHello(mac, "2.54.0", "127.0.0.1", new FloorPosition(0, 0), false));
        return link;
    }

    private BaseStationView view(MacAddress mac) {
        return registry.list().stream().filter(v -> v.mac().equals(mac)).findFirst().orElseThrow();
    }

    private static BaseStationPlan plan(long revision, ConfirmedBase... bases) {
        return new BaseStationPlan(revision, List.of(bases));
    }

    private static ConfirmedBase master(MacAddress mac, double x) {
        return new ConfirmedBase(mac, "", true, null, new SyncSettings(1, 1, SyncSlave.NONE, false, false), new FloorPosition(x, 0), false);
    }

    private static ConfirmedBase dectSlave(MacAddress mac, int level, double x) {
        return new ConfirmedBase(mac, "", true, null, new SyncSettings(1, level, SyncSlave.DECT, false, false),
                new FloorPosition(x, 0), false);
    }
}
