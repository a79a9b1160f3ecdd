package io.multicell.manager.calls;

import io.multicell.core.identity.Ipui;
import io.multicell.proto.media.v1.Codec;

/** An INVITE for a handset's account, as the gateway offers it (OfferCall). */
public record IncomingOffer(String callId, Ipui ipui, String accountId, String callingNumber, String callingName, Codec codec) {
}
