package io.multicell.base.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.base.call.CallEvent;
import io.multicell.base.call.Codec;
import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the control link does for the handsets of the base: reports, paging, release, in service or not. */
class DectManagerLinkHandsetTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final BaseIdentity BASE =
            new BaseIdentity(MacAddress.forInstance(2), "2.54.0", new FloorPosition(20, 0), false, "127.0.0.1:9092");
    private static final Ipui ALICE = new Ipui("0123456789");

    /** The handset side as the link drives it. */
    private static final class RecordingHandsets implements HandsetSide {
        Set<Ipui> attached = Set.of();
        final List<String> calls = new ArrayList<>();
        Boolean inService;
        AirCounters counters = AirCounters.NONE;

        @Override
        public Set<Ipui> attachedHandsets() {
            return attached;
        }

        @Override
        public void page(Ipui ipui, String pageId) {
            calls.add("page " + ipui + " " + pageId);
        }

        @Override
        public void release(Ipui ipui, String reason) {
            calls.add("release " + ipui + " " + reason);
        }

        @Override
        public void inService(boolean inService) {
            this.inService = inService;
        }

        @Override
        public void terminateAll(String reason) {
            calls.add("terminate all: " + reason);
        }

        @Override
        public void call(DmCommand.CallCommand command) {
            calls.add("call " + command);
        }

        @Override
        public AirCounters counters() {
            return counters;
        }

        @Override
        public void resetStatistics() {
            calls.add("reset statistics");
        }
    }

    private final MutableClock clock = new MutableClock(T0);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeConnector dm = new FakeConnector(clock);
    private final RecordingHandsets handsets = new RecordingHandsets();
    private final DectManagerLink link = new DectManagerLink(BASE,
            new LinkTimings(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(1)),
            dm, scheduler, clock, handsets);

    private static Assignment withStatus(BaseStationStatus status) {
        return new Assignment(true, Optional.of(new Rpn(1)), Optional.of(Rfpi.parse("0123456701")), "Reception",
                Optional.of(status), Optional.empty());
    }

    @BeforeEach
    void powerOn() {
        handsets.attached = Set.of(ALICE);
        link.start();
        scheduler.runDue();
    }

    @Test
    void rightAfterHelloTheBaseReportsWhichHandsetsAreAttachedSoARestartedDmRelearnsThem() {
        assertThat(dm.last().hello.airEndpoint()).isEqualTo("127.0.0.1:9092");
        assertThat(dm.last().attachedReports).containsExactly(Set.of(ALICE));

        handsets.attached = Set.of();
        dm.last().fail("DM restarted");
        scheduler.advance(Duration.ofMillis(200));

        assertThat(dm.streams).hasSize(2);
        assertThat(dm.last().attachedReports).containsExactly(Set.of());
    }

    @Test
    void pagesAndReleasesOfTheDmGoToTheHandsets() {
        dm.last().send(new DmCommand.PageHandset(ALICE, "page-1"));
        dm.last().send(new DmCommand.ReleaseHandset(ALICE, "de-registered"));
        scheduler.runDue();

        assertThat(handsets.calls).containsExactly("page 0123456789 page-1", "release 0123456789 de-registered");
    }

    @Test
    void onlyASynchronisedBaseCarriesHandsets() {
        dm.last().send(new DmCommand.Assign(withStatus(BaseStationStatus.SYNC)));
        scheduler.runDue();
        assertThat(handsets.inService).isTrue();

        dm.last().send(new DmCommand.Assign(withStatus(BaseStationStatus.NO_SYNC)));
        scheduler.runDue();
        assertThat(handsets.inService).isFalse();

        dm.last().send(new DmCommand.Assign(withStatus(BaseStationStatus.SYNC_OVERLOAD)));
        scheduler.runDue();
        assertThat(handsets.inService).isTrue();

        dm.last().send(new DmCommand.Assign(withStatus(BaseStationStatus.DEACTIVATED)));
        scheduler.runDue();
        assertThat(handsets.inService).isFalse();
    }

    @Test
    void aRebootTerminatesEveryHandsetConnectionAndTakesTheBaseOutOfService() {
        dm.last().send(new DmCommand.Assign(withStatus(BaseStationStatus.SYNC)));
        dm.last().send(new DmCommand.Reboot());
        scheduler.runDue();

        assertThat(handsets.inService).isFalse();
        assertThat(handsets.calls).containsExactly("terminate all: base station reboots");
    }

    @Test
    void aConnectedStreamThatBreaksCountsAsAConnectionDrop() {
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.runDue();
        dm.last().fail("LAN cable pulled");
        scheduler.advance(Duration.ofMillis(200));
        // The second stream never connects: an unreachable DM is not a dropped connection.
        dm.last().fail("UNAVAILABLE");
        scheduler.runDue();

        assertThat(link.snapshot().connectionDrops()).isEqualTo(1);
    }

    @Test
    void callCommandsAndTheStatisticsResetOfTheDmGoToTheAirSide() {
        var expect = new DmCommand.ExpectBearer("call-1", ALICE, Codec.PCMA);
        var release = new DmCommand.ReleaseBearer("call-1", ALICE);
        dm.last().send(expect);
        dm.last().send(release);
        dm.last().send(new DmCommand.ResetStatistics());
        scheduler.runDue();

        assertThat(handsets.calls).containsExactly("call " + expect, "call " + release, "reset statistics");
    }

    @Test
    void everyHeartbeatCarriesConnAndTheActiveBearers() {
        handsets.counters = new AirCounters(7, 2);
        scheduler.advance(Duration.ofSeconds(1));
        handsets.counters = new AirCounters(0, 1);
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(dm.last().heartbeatCounters).containsExactly(new AirCounters(7, 2), new AirCounters(0, 1));
    }

    @Test
    void callEventsGoUpTheCurrentStreamAndAreDroppedWhileThereIsNone() {
        var answered = new CallEvent.Answered("call-1", ALICE);
        link.report(answered);
        scheduler.runDue();
        assertThat(dm.last().callEvents).containsExactly(answered);

        dm.connectorFailsFromNowOn();
        dm.last().fail("LAN cable pulled");
        scheduler.runDue();
        link.report(new CallEvent.Answered("call-2", ALICE));
        scheduler.runDue();

        assertThat(dm.streams).allSatisfy(s -> assertThat(s.callEvents).doesNotContain(new CallEvent.Answered("call-2", ALICE)));
    }
}
