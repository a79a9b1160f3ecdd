package io.multicell.integrator.handset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.multicell.core.InvalidValueException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The VoIP account fields of the mobile devices data page; absent fields keep their value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VoipAccountRequest", description = "VoIP account of the handset; absent fields keep their value")
public record VoipAccountRequest(
        @Schema(description = "Provider or PBX profile 1..20 (must be configured); 0: none, the entry has no SIP account", examples = "1")
        Integer providerProfileId,
        @Schema(description = "Authentication name, at most 74 characters, no spaces (empty: the username)", examples = "1001")
        String authenticationName,
        @Schema(description = "Authentication password, at most 74 characters; write-only", examples = "secret")
        String password,
        @Schema(description = "Username (caller id, user part of the AoR), at most 74 characters, no spaces", examples = "1001")
        String username,
        @Schema(description = "Display name, at most 74 characters", examples = "Reception") String displayName) {

    /** {@code current} with the fields of this request; the account's rules are checked on the result. */
    public VoipAccount applyTo(VoipAccount current) {
        Integer provider = current.providerProfileId();
        if (providerProfileId != null) {
            provider = providerProfileId == 0 ? null : providerProfileId;
        }
        return new VoipAccount(provider,
                authenticationName == null ? current.authenticationName() : authenticationName,
                password == null ? current.password() : password,
                username == null ? current.username() : username,
                displayName == null ? current.displayName() : displayName);
    }

    /** Checks every field on its own, before anything else happens. */
    VoipAccountRequest checked() {
        if (providerProfileId != null && (providerProfileId < 0 || providerProfileId > 20)) {
            throw new InvalidValueException("voipAccount.providerProfileId", "must be 1..20 (0: none)");
        }
        applyTo(VoipAccount.NONE);
        return this;
    }

    @Override
    public String toString() {
        return "VoipAccountRequest[providerProfileId=" + providerProfileId + ", authenticationName=" + authenticationName
                + ", password=" + (password == null ? null : "***") + ", username=" + username + ", displayName=" + displayName + "]";
    }
}
