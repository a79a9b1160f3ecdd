package io.multicell.integrator.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A web configurator user as the API shows it (never the password hash). */
@Schema(name = "User")
public record UserView(
        @Schema(enumeration = {"admin", "user"}) String name,
        @Schema(enumeration = {"admin", "user"}) String role,
        @Schema(description = "The user role is off until the admin activates it (Settings > System > Web configurator)") boolean active,
        @Schema(description = "True until the default password was changed; the web configurator then asks for a new one first")
        boolean passwordChangeRequired) {

    static UserView of(WebUser user) {
        return new UserView(user.name(), user.role(), user.active(), user.passwordChangeRequired());
    }
}
