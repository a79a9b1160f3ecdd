package io.multicell.base.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link's behaviour in virtual time: a fake clock, a manual scheduler and a DM played by the test. */
class DectManagerLinkTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final BaseIdentity BASE =
            new BaseIdentity(MacAddress.forInstance(2), "2.54.0", new FloorPosition(20, 0), false, "127.0.0.1:9092");
    private static final Assignment ASSIGNED = new Assignment(true, Optional.of(new Rpn(1)),
            Optional.of(Rfpi.parse("0123456701")), "Reception", Optional.of(BaseStationStatus.SYNC),
            Optional.of(Rfpi.parse("0123456700")));

    private final MutableClock clock = new MutableClock(T0);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeConnector dm = new FakeConnector(clock);
    private final DectManagerLink link = new DectManagerLink(BASE,
            new LinkTimings(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(1)),
            dm, scheduler, clock);

    @BeforeEach
    void powerOn() {
        link.start();
        scheduler.runDue();
    }

    @Test
    void onStartTheBaseDialsTheDmAndSaysHelloWithItsIdentity() {
        assertThat(dm.streams).hasSize(1);
        assertThat(dm.last().hello).isEqualTo(BASE);
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.CONNECTING);
    }

    @Test
    void theFirstAnswerOfTheDmMakesTheLinkConnected() {
        clock.advance(Duration.ofMillis(30));
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.runDue();

        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.CONNECTED);
        assertThat(link.snapshot().connectedSince()).contains(T0.plusMillis(30));
    }

    @Test
    void heartbeatsFlowOncePerIntervalWithARisingSequence() {
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.advance(Duration.ofMillis(3500));

        assertThat(dm.last().heartbeats).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAssignmentAndTheLedSettingAreKept() {
        dm.last().send(new DmCommand.Assign(ASSIGNED));
        dm.last().send(new DmCommand.LedDisplay(true));
        scheduler.runDue();

        assertThat(link.snapshot().assignment()).contains(ASSIGNED);
        assertThat(link.snapshot().ledDisplay()).isTrue();
    }

    @Test
    void anUnreachableDmIsRetriedWithABackoffDoublingFrom200MillisecondsToTwoSeconds() {
        dm.dmReachable = false;
        dm.last().fail("UNAVAILABLE");
        scheduler.advance(Duration.ofSeconds(10));

        List<Long> attemptsAtMillis = dm.streams.stream()
                .map(s -> Duration.between(T0, s.openedAt).toMillis())
                .toList();
        assertThat(attemptsAtMillis).startsWith(0L, 200L, 600L, 1400L, 3000L, 5000L, 7000L, 9000L);
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.DISCONNECTED);
        assertThat(link.snapshot().reconnects()).isEqualTo(dm.streams.size() - 1);
    }

    @Test
    void aBrokenStreamIsReopenedAndTheBaseSaysHelloAgain() {
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.runDue();
        var first = dm.last();

        first.fail("connection reset");
        scheduler.runDue();
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.DISCONNECTED);
        assertThat(link.snapshot().connectedSince()).isEmpty();

        scheduler.advance(Duration.ofMillis(200));
        assertThat(dm.streams).hasSize(2);
        assertThat(dm.last().hello).isEqualTo(BASE);
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.CONNECTING);
    }

    @Test
    void afterASuccessfulConnectionTheBackoffStartsAgainFromTheMinimum() {
        dm.dmReachable = false;
        dm.last().fail("UNAVAILABLE");
        scheduler.advance(Duration.ofMillis(3000)); // attempts at 0, 200, 600, 1400, 3000
        dm.dmReachable = true;
        scheduler.advance(Duration.ofMillis(2000)); // attempt at 5000 succeeds
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.runDue();
        int before = dm.streams.size();

        dm.last().fail("DM restarted");
        scheduler.advance(Duration.ofMillis(200));

        assertThat(dm.streams).hasSize(before + 1);
    }

    @Test
    void rebootClosesTheStreamStaysOffTheAirThenComesBackWithNothingRemembered() {
        dm.last().send(new DmCommand.Assign(ASSIGNED));
        dm.last().send(new DmCommand.LedDisplay(true));
        scheduler.runDue();
        var beforeReboot = dm.last();

        beforeReboot.send(new DmCommand.Reboot());
        scheduler.runDue();
        assertThat(beforeReboot.closedByBase).isTrue();
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.REBOOTING);
        assertThat(link.snapshot().assignment()).isEmpty();
        assertThat(link.snapshot().ledDisplay()).isFalse();

        scheduler.advance(Duration.ofMillis(999));
        assertThat(dm.streams).hasSize(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(dm.streams).hasSize(2);
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.CONNECTING);
    }

    @Test
    void messagesOfAStreamTheBaseAlreadyLeftAreIgnored() {
        var old = dm.last();
        old.fail("broken");
        scheduler.advance(Duration.ofMillis(200));

        old.send(new DmCommand.Assign(ASSIGNED));
        old.fail("broken again");
        scheduler.runDue();

        assertThat(link.snapshot().assignment()).isEmpty();
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.CONNECTING);
        assertThat(dm.streams).hasSize(2);
    }

    @Test
    void stopHangsUpAndNeverDialsAgain() {
        dm.last().send(new DmCommand.LedDisplay(false));
        scheduler.runDue();

        link.stop();
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(dm.last().closedByBase).isTrue();
        assertThat(dm.streams).hasSize(1);
        assertThat(link.snapshot().linkState()).isEqualTo(LinkState.DISCONNECTED);
    }
}
