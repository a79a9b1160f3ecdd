package io.multicell.simulator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.identity.Ipui;
import io.multicell.core.radio.FloorPosition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandsetStateTest {

    private final VirtualHandset handset = new VirtualHandset(new HandsetRecord("h1", new Ipui("0123456789"), "S700H PRO",
            "114.00", new FloorPosition(0, 0), Optional.empty()), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aHandsetStartsOutOfRange() {
        assertThat(handset.state()).isEqualTo(HandsetState.OUT_OF_RANGE);
        assertThat(HandsetState.OUT_OF_RANGE.hasStream()).isFalse();
    }

    @Test
    void theWayToAttachedGoesThroughLockingAndAttaching() {
        handset.transitionTo(HandsetState.LOCKING);
        handset.transitionTo(HandsetState.ATTACHING);
        handset.transitionTo(HandsetState.ATTACHED);

        assertThat(handset.state()).isEqualTo(HandsetState.ATTACHED);
        assertThat(HandsetState.ATTACHED.hasStream()).isTrue();
    }

    @Test
    void aHandsetCannotBeAttachedWithoutAskingTheBase() {
        handset.transitionTo(HandsetState.LOCKING);

        assertThatThrownBy(() -> handset.transitionTo(HandsetState.ATTACHED))
                .isInstanceOf(IllegalHandsetTransitionException.class)
                .hasMessageContaining("LOCKING -> ATTACHED")
                .hasMessageContaining("[ATTACHING]");
        assertThat(handset.state()).isEqualTo(HandsetState.LOCKING);
    }

    @Test
    void everyStateWithAStreamCanLoseItsBase() {
        for (HandsetState state : HandsetState.values()) {
            if (state.hasStream()) {
                assertThat(HandsetState.OUT_OF_RANGE.canFollow(state)).as(state.name()).isTrue();
                assertThat(HandsetState.LOCKING.canFollow(state)).as(state.name()).isTrue();
            }
        }
    }

    @Test
    void onlyARefusalOrASuccessEndsAnAttach() {
        assertThat(HandsetState.ATTACHING.legalPrevious())
                .containsExactlyInAnyOrder(HandsetState.LOCKING, HandsetState.REGISTERING, HandsetState.REFUSED);
        assertThat(HandsetState.REFUSED.legalPrevious()).containsExactlyInAnyOrder(HandsetState.ATTACHING, HandsetState.ATTACHED);
    }
}
