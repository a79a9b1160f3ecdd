package io.multicell.base.air;

import io.multicell.base.call.Codec;
import io.multicell.core.identity.Ipui;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's bearer at this base: a reserved channel, then the air stream that carries it and the gateway's relay
 * streams feeding it. Owned by the air thread; not thread-safe.
 */
final class Bearer {

    final String callId;
    final Ipui ipui;
    final Codec codec;
    private final Clock clock;
    private BearerState state = BearerState.RESERVED;
    private Instant since;
    private HandsetSession stream;
    /** The gateway's relay streams of this call here (two while it re-opens, usually one). */
    final List<RelayStream> relays = new ArrayList<>(2);

    Bearer(String callId, Ipui ipui, Codec codec, Clock clock) {
        this.callId = callId;
        this.ipui = ipui;
        this.codec = codec;
        this.clock = clock;
        this.since = clock.instant();
    }

    /** @throws IllegalStateException when {@code next} may not follow the current state */
    private void transitionTo(BearerState next) {
        if (!next.canFollow(state)) {
            throw new IllegalStateException("illegal bearer transition " + state + " -> " + next + " of call " + callId
                    + "; " + next + " may only follow " + next.legalPrevious());
        }
        state = next;
        since = clock.instant();
    }

    BearerState state() {
        return state;
    }

    Instant since() {
        return since;
    }

    /** The air stream carrying the call; null while reserved or after the release. */
    HandsetSession stream() {
        return stream;
    }

    void carriedBy(HandsetSession session) {
        transitionTo(BearerState.CARRIED);
        stream = session;
        session.carried = this;
    }

    void released() {
        transitionTo(BearerState.RELEASED);
        if (stream != null && stream.carried == this) {
            stream.carried = null;
        }
        stream = null;
    }
}
