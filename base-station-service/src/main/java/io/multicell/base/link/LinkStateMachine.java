package io.multicell.base.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The current {@link LinkState} and since when; owned by the link's one thread, not thread-safe. */
public final class LinkStateMachine {

    private final Clock clock;
    private LinkState state = LinkState.DISCONNECTED;
    private Instant since;

    public LinkStateMachine(Clock clock) {
        this.clock = clock;
        this.since = clock.instant();
    }

    /** @throws IllegalLinkTransitionException when {@code next} may not follow the current state */
    public void transitionTo(LinkState next) {
        if (!next.canFollow(state)) {
            throw new IllegalLinkTransitionException(state, next);
        }
        state = next;
        since = clock.instant();
    }

    public LinkState state() {
        return state;
    }

    /** When the current state was entered. */
    public Instant since() {
        return since;
    }

    public Duration timeInState() {
        return Duration.between(since, clock.instant());
    }
}
