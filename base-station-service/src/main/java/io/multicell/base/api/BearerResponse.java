package io.multicell.base.api;

import io.multicell.base.air.BearerView;
import java.time.Instant;

/**
 * One entry of GET /api/v1/base-station/bearers: a call bearer of this base.
 *
 * @param state  RESERVED (the DM expects the handset's bearer stream) or CARRIED
 * @param stream LOCK (the call is on the handset's lock stream), BEARER (a bearer stream), null while reserved
 * @param relays VoiceRelay streams of the gateway feeding the bearer
 * @param since  when it entered that state
 */
public record BearerResponse(String callId, String ipui, String state, String codec, String stream, int relays,
        Instant since) {

    static BearerResponse of(BearerView view) {
        return new BearerResponse(view.callId(), view.ipui(), view.state().name(), view.codec(), view.stream(),
                view.relays(), view.since());
    }
}
