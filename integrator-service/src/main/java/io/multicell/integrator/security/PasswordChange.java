package io.multicell.integrator.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The New password / Repeat password fields. */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @Schema(description = "8 to 74 characters with at least one upper-case character, one number and one special character",
                examples = "Secret-2026") String newPassword,
        @Schema(description = "The same again", examples = "Secret-2026") String repeatPassword) {
}
