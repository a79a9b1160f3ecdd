package io.multicell.base.air;

import java.time.Instant;

/**
 * One call bearer of this base, as the REST API shows it.
 *
 * @param stream  LOCK when the call is on the handset's lock stream, BEARER on a bearer stream, null while reserved
 * @param relays  open VoiceRelay streams of the gateway feeding it
 */
public record BearerView(String callId, String ipui, BearerState state, String codec, String stream, int relays,
        Instant since) {
}
