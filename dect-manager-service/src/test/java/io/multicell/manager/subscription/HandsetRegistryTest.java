package io.multicell.manager.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.multicell.core.access.AuthenticationKeys;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.manager.basestation.MutableClock;
import io.multicell.manager.basestation.RecordingSink;
import io.multicell.manager.events.HandsetRoam;
import io.multicell.manager.events.RegistrationChange;
import io.multicell.manager.paging.PageResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The subscription logic on its own: fake clock, in-memory store, recorded events, fake bases. */
class HandsetRegistryTest {

    private static final MacAddress A = MacAddress.forInstance(1);
    private static final MacAddress B = MacAddress.forInstance(2);
    private static final MacAddress C = MacAddress.forInstance(3);
    private static final MacAddress OTHER_CLUSTER = MacAddress.forInstance(4);
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final String PIN = "1234";

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryHandsetStore store = new InMemoryHandsetStore();
    private final RecordingSink sink = new RecordingSink();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final HandsetMetrics metrics = new HandsetMetrics(meters);
    private final FakeBases bases = new FakeBases().base(A, 1).base(B, 1).base(C, 1).base(OTHER_CLUSTER, 2);
    private final ManualTimers timers = new ManualTimers(clock);
    private HandsetRegistry registry = open();

    private HandsetRegistry open() {
        return HandsetRegistry.open(HandsetSettings.defaults(), clock, store, sink, metrics, bases, timers);
    }

    // ---- registration ----

    @Test
    void wildcardEntriesBindHandsetsInListOrderWithTheSharedPin() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN), wildcard("hs-2", 2, PIN), wildcard("hs-3", 3, PIN)));
        var first = new Handset("0000000001");
        var second = new Handset("0000000002");

        assertThat(first.register(A, PIN)).isEqualTo(ProcedureOutcome.accept());
        assertThat(second.register(B, PIN)).isEqualTo(ProcedureOutcome.accept());

        assertThat(registry.listing().subscriptions())
                .extracting(SubscriptionView::entryId, SubscriptionView::ipui, SubscriptionView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hs-1", "0000000001", RegStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple("hs-2", "0000000002", RegStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple("hs-3", "0_3", RegStatus.TO_REGISTER));
        assertThat(registry.listing().subscriptions().get(0).model()).isEqualTo("S700H PRO");
        assertThat(sink.ofType(RegistrationChange.class))
                .extracting(e -> e.ipui().value(), RegistrationChange::entryId, RegistrationChange::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0000000001", "hs-1", "Registered"),
                        org.assertj.core.groups.Tuple.tuple("0000000002", "hs-2", "Registered"));
        // The DM keeps the key the handset derived, and nothing of it leaks through toString.
        Subscription stored = store.subscriptions.get("hs-1");
        assertThat(stored.uak().orElseThrow().bytes()).isEqualTo(first.uak);
        assertThat(stored.toString()).doesNotContain(Arrays.toString(first.uak)).contains("32 bytes");
        assertThat(meters.get("multicell.handsets.registered").gauge().value()).isEqualTo(2);
        assertThat(meters.get("multicell.handsets.registrations").tag("result", "accepted").counter().count()).isEqualTo(2);
    }

    @Test
    void anEntryNamingTheIpuiIsPreferredOverWildcardsAndAnEmptyIpuiAdmitsAnyHandset() {
        registry.applyPlan(plan(1, 20, wildcard("any", 1, "1111"), entry("exact", "00000000AA", "2222", RegStatus.TO_REGISTER),
                entry("empty", "", "3333", RegStatus.TO_REGISTER)));

        assertThat(new Handset("00000000AA").register(A, "2222").accepted()).isTrue();
        assertThat(new Handset("00000000BB").register(A, "3333").accepted()).as("empty IPUI, its own PIN").isTrue();
        assertThat(new Handset("00000000CC").register(A, "2222").reason())
                .as("the exact entry is not for this handset").isEqualTo("wrong PIN");

        assertThat(view("exact").ipui()).isEqualTo("00000000AA");
        assertThat(view("empty").ipui()).isEqualTo("00000000BB");
        assertThat(view("any").status()).isEqualTo(RegStatus.TO_REGISTER);
    }

    @Test
    void aHandsetWithTheWrongPinIsRefusedAndListedAsSuch() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));
        clock.advance(Duration.ofSeconds(5));

        ProcedureOutcome outcome = new Handset("0000000009").register(A, "9999");

        assertThat(outcome).isEqualTo(ProcedureOutcome.refuse("wrong PIN"));
        assertThat(registry.listing().refusals()).containsExactly(new RegistrationRefusal(new Ipui("0000000009"), clock.instant(), "wrong PIN"));
        assertThat(view("hs-1").status()).isEqualTo(RegStatus.TO_REGISTER);
        RegistrationChange refused = sink.ofType(RegistrationChange.class).get(0);
        assertThat(refused.status()).isEqualTo("Refused");
        assertThat(refused.reason()).isEqualTo("wrong PIN");
        assertThat(store.registered()).isEmpty();
        assertThat(meters.get("multicell.handsets.registrations").tag("result", "refused").counter().count()).isEqualTo(1);
    }

    @Test
    void registrationNeedsAnOpenWindow() {
        var window = new RegistrationWindow(START.plusSeconds(60), START.plusSeconds(240));
        registry.applyPlan(new HandsetPlan(1, List.of(wildcard("hs-1", 1, PIN)), Optional.of(window), 20));
        var handset = new Handset("0000000001");

        assertThat(registry.listing().registrationOpen()).isFalse();
        assertThat(handset.register(A, PIN).reason()).as("before the window").isEqualTo("no registration window open");

        clock.advance(Duration.ofSeconds(60));
        assertThat(registry.listing().registrationOpen()).isTrue();
        assertThat(handset.register(A, PIN).accepted()).isTrue();

        clock.advance(Duration.ofSeconds(180));
        assertThat(registry.listing().registrationOpen()).as("closesAt is outside the window").isFalse();
        assertThat(new Handset("0000000002").register(A, PIN).reason()).isEqualTo("no registration window open");

        registry.applyPlan(new HandsetPlan(2, List.of(wildcard("hs-1", 1, PIN)), Optional.empty(), 20));
        assertThat(registry.listing().registrationOpen()).as("no window at all").isFalse();
    }

    @Test
    void everyHandsetOfAParallelBatchGetsInAndTheLimitHoldsForTheOneTooMany() {
        List<HandsetEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            entries.add(wildcard("hs-" + i, i, PIN));
        }
        registry.applyPlan(new HandsetPlan(1, entries, openWindow(), 20));

        // All 21 handsets ask before any of them answers: every one gets its challenge...
        List<Handset> handsets = new ArrayList<>();
        List<ProcedureStart.Challenge> challenges = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            var handset = new Handset(String.format("%010X", i));
            handsets.add(handset);
            challenges.add((ProcedureStart.Challenge) handset.ask(A));
        }
        assertThat(registry.listing().subscriptions()).filteredOn(s -> s.status() == RegStatus.REGISTERING).hasSize(21);

        // ... and the answers arrive in a burst: the first 20 bind, the 21st finds the limit.
        List<ProcedureOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            outcomes.add(handsets.get(i).answer(A, challenges.get(i), PIN));
        }

        assertThat(outcomes.subList(0, 20)).allMatch(ProcedureOutcome::accepted);
        assertThat(outcomes.get(20)).isEqualTo(ProcedureOutcome.refuse("handset limit of 20 reached"));
        assertThat(registry.registeredCount()).isEqualTo(20);
        assertThat(registry.listing().refusals()).extracting(RegistrationRefusal::reason).containsExactly("handset limit of 20 reached");
        assertThat(new Handset("00000000FF").ask(A)).isEqualTo(new ProcedureStart.Refused("handset limit of 20 reached"));
        // A handset that is registered already may still register again at the limit.
        assertThat(handsets.get(0).register(B, PIN).accepted()).isTrue();
        assertThat(registry.registeredCount()).isEqualTo(20);
    }

    @Test
    void anEntryIsShownRegisteringWhileItsChallengeIsOutAndTheChallengeExpiresAfterTenSeconds() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN), wildcard("hs-2", 2, PIN)));
        var handset = new Handset("0000000001");

        var challenge = (ProcedureStart.Challenge) handset.ask(A);
        assertThat(challenge.rs()).hasValueSatisfying(rs -> assertThat(rs).hasSize(16));
        assertThat(challenge.rand()).hasSize(16);
        assertThat(statuses()).containsExactly(RegStatus.REGISTERING, RegStatus.TO_REGISTER);

        clock.advance(Duration.ofSeconds(10));
        registry.tick();
        assertThat(statuses()).containsExactly(RegStatus.TO_REGISTER, RegStatus.TO_REGISTER);
        assertThat(handset.answer(A, challenge, PIN)).isEqualTo(ProcedureOutcome.refuse("unknown or expired transaction"));
        assertThat(store.registered()).isEmpty();
    }

    @Test
    void anEntryThatIsNotRegisteredAdmitsNoHandset() {
        registry.applyPlan(plan(1, 20, entry("hs-1", "0_1", PIN, RegStatus.NOT_REGISTERED)));

        assertThat(new Handset("0000000001").register(A, PIN).reason()).isEqualTo("no handset entry to register for 0000000001");
        assertThat(view("hs-1").status()).isEqualTo(RegStatus.NOT_REGISTERED);
    }

    @Test
    void registeringAgainReplacesTheKeyOnTheSameEntry() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN), wildcard("hs-2", 2, PIN)));
        var handset = new Handset("0000000001");
        handset.register(A, PIN);
        byte[] firstKey = handset.uak;

        assertThat(handset.register(A, PIN).accepted()).isTrue();

        assertThat(handset.uak).isNotEqualTo(firstKey);
        assertThat(store.registered()).singleElement().satisfies(s -> {
            assertThat(s.entryId()).isEqualTo("hs-1");
            assertThat(s.uak().orElseThrow().bytes()).isEqualTo(handset.uak);
        });
        assertThat(view("hs-2").status()).isEqualTo(RegStatus.TO_REGISTER);
        assertThat(handset.attach(A).accepted()).isTrue();
    }

    // ---- attach, roaming, clones ----

    @Test
    void aRegisteredHandsetAttachesAndRoamingIsPublishedFromTheOldBaseToTheNew() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));
        var handset = new Handset("0000000001");
        handset.register(A, PIN);

        assertThat(handset.attach(A).accepted()).isTrue();
        assertThat(sink.ofType(HandsetRoam.class)).as("first lock is no roam").isEmpty();
        assertThat(view("hs-1").reachable()).isTrue();
        assertThat(view("hs-1").locationBase()).contains(A);
        assertThat(view("hs-1").locationRfpi()).contains(FakeBases.rfpiOf(A));

        assertThat(handset.attach(B).accepted()).isTrue();
        // The old base notices the handset left only afterwards: that must not undo the new location.
        assertThat(registry.detached(A, handset.ipui).accepted()).isFalse();

        HandsetRoam roam = sink.ofType(HandsetRoam.class).get(0);
        assertThat(roam.ipui()).isEqualTo(handset.ipui);
        assertThat(roam.fromRfpi()).contains(FakeBases.rfpiOf(A));
        assertThat(roam.toRfpi()).contains(FakeBases.rfpiOf(B));
        assertThat(view("hs-1").locationBase()).contains(B);
        assertThat(view("hs-1").reachable()).isTrue();
        assertThat(registry.attachedCount(B)).isEqualTo(1);
        assertThat(registry.attachedCount(A)).isZero();
        assertThat(store.locations.get(handset.ipui).base()).isEqualTo(B);
        assertThat(meters.get("multicell.handsets.roams").counter().count()).isEqualTo(1);

        assertThat(registry.detached(B, handset.ipui).accepted()).isTrue();
        assertThat(view("hs-1").reachable()).isFalse();
        assertThat(view("hs-1").locationBase()).as("last location kept").contains(B);
    }

    @Test
    void aCloneWithTheIpuiButNotTheKeyCannotAttach() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));
        var original = new Handset("0000000001");
        original.register(A, PIN);
        var clone = new Handset("0000000001");
        clone.uak = AuthenticationKeys.randomChallenge();

        assertThat(clone.attach(B)).isEqualTo(ProcedureOutcome.refuse("authentication failed"));
        assertThat(view("hs-1").reachable()).isFalse();
        assertThat(original.attach(B).accepted()).isTrue();
    }

    @Test
    void anUnregisteredHandsetCannotAttach() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));

        assertThat(registry.requestLocation(request(A, new Ipui("0000000001")))).isEqualTo(new ProcedureStart.Refused("not registered"));
    }

    @Test
    void deregistrationTakesTheKeyReleasesTheHandsetAndRefusesItsNextAttach() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN), wildcard("hs-2", 2, PIN)));
        var handset = new Handset("0000000001");
        handset.register(A, PIN);
        handset.attach(B);
        sink.clear();

        registry.applyPlan(plan(2, 20, entry("hs-1", "0_1", PIN, RegStatus.TO_DEREGISTER), wildcard("hs-2", 2, PIN)));

        assertThat(bases.releases()).containsExactly(new FakeBases.Sent(B, "release", handset.ipui, "de-registered"));
        assertThat(sink.ofType(RegistrationChange.class)).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo("Not registered");
            assertThat(e.entryId()).isEqualTo("hs-1");
            assertThat(e.ipui()).isEqualTo(handset.ipui);
        });
        assertThat(view("hs-1").status()).isEqualTo(RegStatus.NOT_REGISTERED);
        assertThat(view("hs-1").reachable()).isFalse();
        assertThat(store.subscriptions.get("hs-1").uak()).isEmpty();
        assertThat(store.locations).doesNotContainKey(handset.ipui);
        assertThat(handset.attach(B).reason()).isEqualTo("not registered");
        assertThat(registry.registeredCount()).isZero();
        assertThat(meters.get("multicell.handsets.registered").gauge().value()).isZero();

        // Applying the same request again changes nothing and tells nobody.
        sink.clear();
        registry.applyPlan(plan(3, 20, entry("hs-1", "0_1", PIN, RegStatus.TO_DEREGISTER), wildcard("hs-2", 2, PIN)));
        assertThat(sink.ofType(RegistrationChange.class)).isEmpty();
        // The handset may register again, with the entry still to register.
        assertThat(handset.register(A, PIN).accepted()).isTrue();
        assertThat(view("hs-2").ipui()).isEqualTo("0000000001");
    }

    @Test
    void aPlanThatFailsToStoreChangesNothing() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));
        var handset = new Handset("0000000001");
        handset.register(A, PIN);
        store.failing = true;

        assertThatThrownBy(() -> registry.applyPlan(plan(2, 20, entry("hs-1", "0_1", PIN, RegStatus.TO_DEREGISTER))))
                .isInstanceOf(IllegalStateException.class);

        store.failing = false;
        assertThat(registry.listing().planRevision()).isEqualTo(1);
        assertThat(view("hs-1").status()).isEqualTo(RegStatus.REGISTERED);
        assertThat(handset.attach(A).accepted()).isTrue();
    }

    // ---- restart ----

    @Test
    void aRestartedRegistryKeepsSubscriptionsAndRelearnsLocationsFromTheBases() {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN), wildcard("hs-2", 2, PIN)));
        var first = new Handset("0000000001");
        var second = new Handset("0000000002");
        first.register(A, PIN);
        second.register(A, PIN);
        first.attach(A);
        second.attach(B);

        registry = open();

        assertThat(registry.registeredCount()).isEqualTo(2);
        assertThat(view("hs-1").reachable()).as("nobody reachable until a base reports").isFalse();
        assertThat(view("hs-1").locationBase()).contains(A);
        registry.attachedAt(A, List.of(first.ipui, new Ipui("00000000EE")));
        registry.attachedAt(C, List.of(second.ipui));

        assertThat(view("hs-1").reachable()).isTrue();
        assertThat(view("hs-2").reachable()).isTrue();
        assertThat(view("hs-2").locationBase()).contains(C);
        assertThat(sink.ofType(HandsetRoam.class)).last().satisfies(r -> {
            assertThat(r.from()).isEqualTo(B);
            assertThat(r.to()).isEqualTo(C);
        });
        assertThat(first.attach(A).accepted()).as("the stored key still works").isTrue();

        // A later report that no longer lists a handset: it is gone from that base.
        registry.attachedAt(A, List.of());
        assertThat(view("hs-1").reachable()).isFalse();
        // A lost base takes its handsets' reachability with it.
        registry.baseLost(C);
        assertThat(view("hs-2").reachable()).isFalse();
    }

    // ---- paging ----

    @Test
    void aPageGoesToTheLastBaseFirstAndIsAnsweredThere() {
        var handset = registeredAndAttachedAt(A);

        CompletableFuture<PageResult> page = registry.page(handset.ipui);

        assertThat(bases.pages()).singleElement().satisfies(p -> assertThat(p.base()).isEqualTo(A));
        assertThat(page).isNotDone();
        String pageId = bases.pages().get(0).detail();
        assertThat(registry.pageResponse(A, handset.ipui, pageId).accepted()).isTrue();
        assertThat(page).isCompletedWithValue(new PageResult(Optional.of(A), Optional.of(FakeBases.rfpiOf(A)), 1));
        assertThat(registry.pageResponse(A, handset.ipui, pageId).accepted()).as("answered once").isFalse();
    }

    @Test
    void withoutAnAnswerWithinOneSecondThePageGoesToTheWholeClusterForTwoMore() {
        var handset = registeredAndAttachedAt(A);

        CompletableFuture<PageResult> page = registry.page(handset.ipui);
        clock.advance(Duration.ofMillis(999));
        timers.fireDue();
        assertThat(bases.pages()).hasSize(1);

        clock.advance(Duration.ofMillis(1));
        timers.fireDue();
        assertThat(bases.pages()).extracting(FakeBases.Sent::base).containsExactly(A, A, B, C);
        String pageId = bases.pages().get(0).detail();
        assertThat(bases.pages()).allMatch(p -> p.detail().equals(pageId));

        registry.pageResponse(C, handset.ipui, pageId);
        assertThat(page).isCompletedWithValue(new PageResult(Optional.of(C), Optional.of(FakeBases.rfpiOf(C)), 3));
    }

    @Test
    void aHandsetThatNeverAnswersIsReportedUnansweredAfterThreeSeconds() {
        var handset = registeredAndAttachedAt(A);
        bases.offline(A);

        CompletableFuture<PageResult> page = registry.page(handset.ipui);
        assertThat(bases.pages()).as("last base offline: the cluster at once").extracting(FakeBases.Sent::base).containsExactly(B, C);

        clock.advance(Duration.ofMillis(1999));
        timers.fireDue();
        assertThat(page).isNotDone();
        clock.advance(Duration.ofMillis(1));
        timers.fireDue();
        assertThat(page).isCompletedWithValue(new PageResult(Optional.empty(), Optional.empty(), 2));
    }

    @Test
    void onlyRegisteredHandsetsArePaged() {
        assertThatThrownBy(() -> registry.page(new Ipui("0000000001"))).isInstanceOf(UnknownHandsetException.class)
                .hasMessage("handset 0000000001 is not registered");
    }

    // ---- helpers ----

    /** A handset as it behaves on the air: it derives its key from the PIN it was given and proves it on RAND. */
    private final class Handset {
        final Ipui ipui;
        byte[] uak;

        Handset(String ipui) {
            this.ipui = new Ipui(ipui);
        }

        ProcedureStart ask(MacAddress base) {
            return registry.requestAccessRights(request(base, ipui));
        }

        ProcedureOutcome answer(MacAddress base, ProcedureStart.Challenge challenge, String pin) {
            byte[] derived = AuthenticationKeys.deriveUak(Pin.parse(pin), challenge.rs().orElseThrow(), ipui);
            byte[] res = AuthenticationKeys.response(derived, challenge.rand(), ipui);
            ProcedureOutcome outcome = registry.confirmAccessRights(new HandsetAnswer(base, ipui, challenge.transactionId(), res));
            if (outcome.accepted()) {
                uak = derived;
            }
            return outcome;
        }

        ProcedureOutcome register(MacAddress base, String pin) {
            ProcedureStart start = ask(base);
            if (start instanceof ProcedureStart.Refused refused) {
                return ProcedureOutcome.refuse(refused.reason());
            }
            return answer(base, (ProcedureStart.Challenge) start, pin);
        }

        ProcedureOutcome attach(MacAddress base) {
            ProcedureStart start = registry.requestLocation(request(base, ipui));
            if (start instanceof ProcedureStart.Refused refused) {
                return ProcedureOutcome.refuse(refused.reason());
            }
            var challenge = (ProcedureStart.Challenge) start;
            assertThat(challenge.rs()).isEmpty();
            byte[] res = AuthenticationKeys.response(uak, challenge.rand(), ipui);
            return registry.confirmLocation(new HandsetAnswer(base, ipui, challenge.transactionId(), res));
        }
    }

    private Handset registeredAndAttachedAt(MacAddress base) {
        registry.applyPlan(plan(1, 20, wildcard("hs-1", 1, PIN)));
        var handset = new Handset("0000000001");
        handset.register(base, PIN);
        handset.attach(base);
        return handset;
    }

    private static HandsetRequest request(MacAddress base, Ipui ipui) {
        return new HandsetRequest(base, ipui, -60, "S700H PRO", "2.1.0");
    }

    private SubscriptionView view(String entryId) {
        return registry.listing().subscriptions().stream().filter(s -> s.entryId().equals(entryId)).findFirst().orElseThrow();
    }

    private List<RegStatus> statuses() {
        return registry.listing().subscriptions().stream().map(SubscriptionView::status).toList();
    }

    private static Optional<RegistrationWindow> openWindow() {
        return Optional.of(new RegistrationWindow(START.minusSeconds(60), START.plusSeconds(180)));
    }

    private static HandsetPlan plan(long revision, int maxHandsets, HandsetEntry... entries) {
        return new HandsetPlan(revision, List.of(entries), openWindow(), maxHandsets);
    }

    private static HandsetEntry wildcard(String id, int slot, String pin) {
        return entry(id, "0_" + slot, pin, RegStatus.TO_REGISTER);
    }

    private static HandsetEntry entry(String id, String ipui, String pin, RegStatus status) {
        return new HandsetEntry(id, new IpuiPattern(ipui), Pin.parse(pin), status);
    }
}
