package io.multicell.integrator.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Activate user access": Yes/No, and (the manual: "Enter a new password for the user access ... and repeat it") the
 * user's new password at the same time. Without a password the user keeps the one it has; while that is still the
 * default, the web configurator asks the user for a new one at its first login.
 */
@Schema(name = "UserActivation")
public record UserActivation(
        @Schema(required = true) Boolean active,
        @Schema(description = "Optional: a new password for the user, same rules as PUT /api/v1/users/{name}/password",
                examples = "User-Pass-1") String newPassword,
        @Schema(description = "The same again (required with newPassword)", examples = "User-Pass-1") String repeatPassword) {

    /** Activation alone, the password left as it is. */
    public UserActivation(Boolean active) {
        this(active, null, null);
    }

    /** Whether a new password was given at all (an empty field counts as none, as on the page). */
    public boolean setsPassword() {
        return !isEmpty(newPassword) || !isEmpty(repeatPassword);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
