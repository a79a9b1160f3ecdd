package io.multicell.integrator.handset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One handset entry in the export file. */
@Schema(name = "ExportedMobileDevice")
public record ExportedMobileDevice(
        @Schema(description = "IPUI of the registered handset, else the entry's IPUI, wildcard or empty") String ipui,
        @Schema(description = "PIN, 4 digits; absent on import: a random PIN") String pin,
        @Schema(description = "RegStatus when exported; an import creates entries To register, or Not registered when so exported")
        String regStatus,
        String handsetName,
        String internalName,
        String internalNumber,
        Boolean dnd,
        @Schema(description = "VoIP account without the password (never exported); on import absent fields keep their value, "
                + "a password in the file is taken") VoipAccountRequest voipAccount) {

    static ExportedMobileDevice of(MobileDeviceView view) {
        VoipAccountView account = view.voipAccount();
        var exported = account.providerProfileId() == null && account.authenticationName().isEmpty() && account.username().isEmpty()
                && account.displayName().isEmpty()
                ? null
                : new VoipAccountRequest(account.providerProfileId() == null ? 0 : account.providerProfileId(),
                        account.authenticationName(), null, account.username(), account.displayName());
        return new ExportedMobileDevice(view.ipui(), view.pin(), view.regStatus(), view.handsetName(), view.internalName(),
                view.internalNumber(), view.dnd(), exported);
    }
}
