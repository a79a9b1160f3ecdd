package io.multicell.simulator.grpc;

import com.google.protobuf.ByteString;
import io.multicell.proto.air.v1.AccessRightsRequest;
import io.multicell.proto.air.v1.ChallengeResponse;
import io.multicell.proto.air.v1.HandsetDownlink;
import io.multicell.proto.air.v1.HandsetUplink;
import io.multicell.proto.air.v1.LocationRequest;
import io.multicell.proto.air.v1.Lock;
import io.multicell.proto.air.v1.PageResponse;
import io.multicell.simulator.air.Downlink;
import io.multicell.simulator.air.Uplink;
import java.util.Optional;

/** Wire types of the AirInterface stream to and from the simulator's domain. */
final class AirMessages {

    private AirMessages() {
    }

    static HandsetUplink uplink(Uplink message) {
        var wire = HandsetUplink.newBuilder();
        if (message instanceof Uplink.Lock lock) {
            wire.setLock(Lock.newBuilder().setIpui(lock.ipui().value()).setRssiDbm(lock.rssiDbm())
                    .setModel(lock.model()).setFirmware(lock.firmware()));
        } else if (message instanceof Uplink.AccessRightsRequest request) {
            wire.setAccessRightsRequest(AccessRightsRequest.newBuilder().setIpui(request.ipui().value()));
        } else if (message instanceof Uplink.LocationRequest request) {
            wire.setLocationRequest(LocationRequest.newBuilder().setIpui(request.ipui().value()));
        } else if (message instanceof Uplink.ChallengeResponse response) {
            wire.setChallengeResponse(ChallengeResponse.newBuilder().setTransactionId(response.transactionId())
                    .setRes(ByteString.copyFrom(response.res())));
        } else if (message instanceof Uplink.PageResponse response) {
            wire.setPageResponse(PageResponse.newBuilder().setPageId(response.pageId()));
        }
        return wire.build();
    }

    /** @return empty for a downlink this simulator does not know (a newer base) */
    static Optional<Downlink> downlink(HandsetDownlink wire) {
        return switch (wire.getMessageCase()) {
            case REGISTRATION_CHALLENGE -> Optional.of(new Downlink.RegistrationChallenge(
                    wire.getRegistrationChallenge().getTransactionId(),
                    wire.getRegistrationChallenge().getRs().toByteArray(),
                    wire.getRegistrationChallenge().getRand().toByteArray()));
            case AUTHENTICATION_CHALLENGE -> Optional.of(new Downlink.AuthenticationChallenge(
                    wire.getAuthenticationChallenge().getTransactionId(),
                    wire.getAuthenticationChallenge().getRand().toByteArray()));
            case ACCESS_RIGHTS_RESULT -> Optional.of(new Downlink.AccessRightsResult(
                    wire.getAccessRightsResult().getAccepted(), wire.getAccessRightsResult().getReason()));
            case LOCATION_RESULT -> Optional.of(new Downlink.LocationResult(
                    wire.getLocationResult().getAccepted(), wire.getLocationResult().getReason()));
            case PAGE -> Optional.of(new Downlink.Page(wire.getPage().getPageId()));
            case MESSAGE_NOT_SET -> Optional.empty();
        };
    }
}
