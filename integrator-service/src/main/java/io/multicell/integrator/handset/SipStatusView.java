package io.multicell.integrator.handset;

import io.multicell.integrator.sip.SipAccountStatus;
import io.multicell.integrator.sip.SipRegistrationState;
import io.multicell.integrator.sip.SipStatuses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The manual's SIP column: how the entry's SIP account is registered, as the SIP gateway reports it. */
@Schema(name = "SipStatus")
public record SipStatusView(
        @Schema(enumeration = {"Registered", "Not registered", "Registering", "Failed"}) String state,
        @Schema(enumeration = {"REGISTERED", "NOT_REGISTERED", "REGISTERING", "FAILED"}) String stateCode,
        @Schema(description = "Status code of the registrar's last final answer; null: none (e.g. no answer)") Integer lastStatusCode,
        @Schema(description = "Reason phrase or failure text") String reason,
        @Schema(description = "Server that answered, host:port") String registrar) {

    static SipStatusView of(HandsetEntry entry, SipStatuses statuses) {
        if (!entry.voipAccount().active()) {
            return notRegistered("no VoIP provider");
        }
        if (!statuses.gatewayConnected()) {
            return notRegistered(null);
        }
        return statuses.find(entry.id())
                .map(SipStatusView::of)
                .orElseGet(() -> notRegistered("not yet known to the SIP gateway"));
    }

    private static SipStatusView of(SipAccountStatus status) {
        return new SipStatusView(status.state().label(), status.state().name(), status.lastStatusCode(), status.reason(),
                status.registrar());
    }

    private static SipStatusView notRegistered(String reason) {
        var state = SipRegistrationState.NOT_REGISTERED;
        return new SipStatusView(state.label(), state.name(), null, reason, null);
    }
}
