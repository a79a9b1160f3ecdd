package io.multicell.base.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkStateMachineTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T08:00:00Z"));
    private final LinkStateMachine machine = new LinkStateMachine(clock);

    @Test
    void aBaseStartsDisconnected() {
        assertThat(machine.state()).isEqualTo(LinkState.DISCONNECTED);
    }

    @Test
    void connectingThenConnectedRecordsWhenTheLinkCameUp() {
        machine.transitionTo(LinkState.CONNECTING);
        clock.advance(Duration.ofMillis(150));
        machine.transitionTo(LinkState.CONNECTED);
        clock.advance(Duration.ofSeconds(5));

        assertThat(machine.state()).isEqualTo(LinkState.CONNECTED);
        assertThat(machine.since()).isEqualTo(Instant.parse("2025-01-01T08:00:00.150Z"));
        assertThat(machine.timeInState()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aBaseCannotBeConnectedWithoutDialling() {
        assertThatThrownBy(() -> machine.transitionTo(LinkState.CONNECTED))
                .isInstanceOf(IllegalLinkTransitionException.class)
                .hasMessageContaining("DISCONNECTED -> CONNECTED")
                .hasMessageContaining("[CONNECTING]");
        assertThat(machine.state()).isEqualTo(LinkState.DISCONNECTED);
    }

    @Test
    void onlyAConnectedBaseCanBeRebooted() {
        machine.transitionTo(LinkState.CONNECTING);
        assertThatThrownBy(() -> machine.transitionTo(LinkState.REBOOTING))
                .isInstanceOf(IllegalLinkTransitionException.class);

        machine.transitionTo(LinkState.CONNECTED);
        machine.transitionTo(LinkState.REBOOTING);
        assertThat(machine.state()).isEqualTo(LinkState.REBOOTING);
    }

    @Test
    void aRebootingBaseComesBackByDiallingAgainNotByJumpingToConnected() {
        machine.transitionTo(LinkState.CONNECTING);
        machine.transitionTo(LinkState.CONNECTED);
        machine.transitionTo(LinkState.REBOOTING);

        assertThatThrownBy(() -> machine.transitionTo(LinkState.CONNECTED))
                .isInstanceOf(IllegalLinkTransitionException.class);
        assertThatThrownBy(() -> machine.transitionTo(LinkState.DISCONNECTED))
                .isInstanceOf(IllegalLinkTransitionException.class);
        machine.transitionTo(LinkState.CONNECTING);
        assertThat(machine.state()).isEqualTo(LinkState.CONNECTING);
    }

    @Test
    void aStateDoesNotFollowItself() {
        for (LinkState state : LinkState.values()) {
            assertThat(state.canFollow(state)).as(state.name()).isFalse();
        }
    }
}
