package io.multicell.integrator.handset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The VoIP account of a handset entry as shown: everything but the password. */
@Schema(name = "VoipAccount")
public record VoipAccountView(
        @Schema(description = "Provider or PBX profile 1..20; null: none (the entry has no SIP account)") Integer providerProfileId,
        String authenticationName,
        String username,
        String displayName,
        @Schema(description = "A password is stored (it is never shown)") boolean passwordSet) {

    static VoipAccountView of(VoipAccount account) {
        return new VoipAccountView(account.providerProfileId(), account.authenticationName(), account.username(),
                account.displayName(), account.passwordSet());
    }
}
