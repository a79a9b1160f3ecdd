package io.multicell.base.grpc;

import com.google.protobuf.ByteString;
import io.multicell.base.air.Downlink;
import io.multicell.base.air.Uplink;
import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import io.multicell.proto.air.v1.AccessRightsResult;
import io.multicell.proto.air.v1.AuthenticationChallenge;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationResult;
import io.multicell.proto.air.v1.Page;
import io.multicell.proto.air.v1.RegistrationChallenge;

/** Wire types of the AirInterface stream to and from the base's domain. */
final class AirMessages {

    private AirMessages() {
    }

    /** @throws InvalidValueException naming the wire field (e.g. "lock.ipui") when the message cannot be read */
    static Uplink uplink(HandsetUplink wire) {
        return switch (wire.getMessageCase()) {
            case LOCK -> new Uplink.Lock(ipui("lock.ipui", wire.getLock().getIpui()), wire.getLock().getRssiDbm(),
                    wire.getLock().getModel(), wire.getLock().getFirmware());
            case ACCESS_RIGHTS_REQUEST -> new Uplink.AccessRightsRequest(
                    ipui("access_rights_request.ipui", wire.getAccessRightsRequest().getIpui()));
            case LOCATION_REQUEST -> new Uplink.LocationRequest(
                    ipui("location_request.ipui", wire.getLocationRequest().getIpui()));
            case CHALLENGE_RESPONSE -> new Uplink.ChallengeResponse(wire.getChallengeResponse().getTransactionId(),
                    wire.getChallengeResponse().getRes().toByteArray());
            case PAGE_RESPONSE -> new Uplink.PageResponse(wire.getPageResponse().getPageId());
            case MESSAGE_NOT_SET -> throw new InvalidValueException("message", "must be one of lock, access_rights_request, "
                    + "challenge_response, location_request, page_response");
        };
    }

    private static Ipui ipui(String field, String text) {
        try {
            return Ipui.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.rule());
        }
    }

    static HandsetDownlink downlink(Downlink message) {
        var wire = HandsetDownlink.newBuilder();
        if (message instanceof Downlink.RegistrationChallenge c) {
            wire.setRegistrationChallenge(RegistrationChallenge.newBuilder().setTransactionId(c.transactionId())
                    .setRs(ByteString.copyFrom(c.rs())).setRand(ByteString.copyFrom(c.rand())));
        } else if (message instanceof Downlink.AuthenticationChallenge c) {
            wire.setAuthenticationChallenge(AuthenticationChallenge.newBuilder().setTransactionId(c.transactionId())
                    .setRand(ByteString.copyFrom(c.rand())));
        } else if (message instanceof Downlink.AccessRightsResult r) {
            wire.setAccessRightsResult(AccessRightsResult.newBuilder().setAccepted(r.accepted()).setReason(r.reason()));
        } else if (message instanceof Downlink.LocationResult r) {
            wire.setLocationResult(LocationResult.newBuilder().setAccepted(r.accepted()).setReason(r.reason()));
        } else if (message instanceof Downlink.Page p) {
            wire.setPage(Page.newBuilder().setPageId(p.pageId()));
        }
        return wire.build();
    }
}
