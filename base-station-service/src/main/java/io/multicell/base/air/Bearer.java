package io.multicell.base.air;

import io.multicell.base.call.Codec;
import io.multicell.base.voice.VoiceRoute;
import io.multicell.base.voice.VoiceRoutes;
import io.multicell.base.voice.VoiceTarget;
import io.multicell.core.identity.Ipui;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One call's bearer at this base: a reserved channel, then the air stream that carries it and the gateway's relay
 * streams feeding it. Owned by the air thread; not thread-safe. Publishes its {@link VoiceRoute} on every change (the
 * voice socket forwards the frames by it) and withdraws it when released.
 */
final class Bearer {

    final String callId;
    final Ipui ipui;
    final Codec codec;
    private final Clock clock;
    private final VoiceRoutes routes;
    private BearerState state = BearerState.RESERVED;
    private Instant since;
    private HandsetSession stream;
    /** The gateway's relay streams of this call here (two while it re-opens, usually one). */
    private final List<RelayStream> relays = new ArrayList<>(2);

    Bearer(String callId, Ipui ipui, Codec codec, Clock clock, VoiceRoutes routes) {
        this.callId = callId;
        this.ipui = ipui;
        this.codec = codec;
        this.clock = clock;
        this.routes = routes;
        this.since = clock.instant();
        publishRoute();
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
        publishRoute();
    }

    void released() {
        transitionTo(BearerState.RELEASED);
        if (stream != null && stream.carried == this) {
            stream.carried = null;
        }
        stream = null;
        routes.remove(callId);
    }

    /** The relay streams feeding this bearer now (a copy). */
    List<RelayStream> relays() {
        return List.copyOf(relays);
    }

    int relayCount() {
        return relays.size();
    }

    void addRelay(RelayStream relay) {
        relays.add(relay);
        publishRoute();
    }

    void removeRelay(RelayStream relay) {
        if (relays.remove(relay) && state != BearerState.RELEASED) {
            publishRoute();
        }
    }

    private void publishRoute() {
        VoiceTarget handset = stream == null ? null : stream.voiceTarget().orElse(null);
        var gateways = new ArrayList<InetSocketAddress>(relays.size());
        for (RelayStream relay : relays) {
            gateways.add(relay.uplink);
        }
        routes.publish(callId, new VoiceRoute(handset, gateways));
    }
}
