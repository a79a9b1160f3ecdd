package io.multicell.integrator.setup;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Logging in the first time": the admin's new password, the DECT radio band and, optionally, another device role. */
@Schema(name = "FirstLogin")
public record FirstLoginRequest(
        @Schema(required = true, examples = "Secret-2026") String newPassword,
        @Schema(required = true, examples = "Secret-2026") String repeatPassword,
        @Schema(required = true, enumeration = {"EUROPE", "US", "BRAZIL", "LATIN_AMERICA", "TAIWAN"}) String dectRadioBand,
        @Schema(description = "Absent: INTEGRATOR_DM_BASE", enumeration = {"INTEGRATOR_DM_BASE", "ALL_IN_ONE_INTERNAL_TELEPHONY"})
        String deviceRole) {
}
