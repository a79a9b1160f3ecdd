package io.multicell.integrator.security;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ApiError;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST face of "Settings > System > Web configurator" (access rights). The API accepts the current password even
 * while the default one has not been changed: the forced change belongs to the web configurator's first login, and
 * automation keeps working with admin/admin until someone changes it.
 */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Web configurator users admin and user: passwords, activation of the user role")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials, or locked after repeated failures")
public class UserResource {

    private final WebUsers users;
    private final SecurityIdentity identity;

    public UserResource(WebUsers users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Both users with role, activation and whether the default password is still set")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "The user of this request")
    public UserView me() {
        return users.get(identity.getPrincipal().getName());
    }

    @PUT
    @Path("{name}/password")
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "Change a password", description = "admin may change both passwords, user only its own.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Breaks a password rule; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "user tried to change admin's password")
    @APIResponse(responseCode = "404", description = "No such user", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public UserView changePassword(@PathParam("name") String name, PasswordChange change) {
        if (change == null) {
            throw new InvalidValueException("newPassword", PasswordRules.LENGTH);
        }
        String actor = identity.getPrincipal().getName();
        String role = identity.hasRole(Roles.ADMIN) ? Roles.ADMIN : Roles.USER;
        return users.changePassword(actor, role, name, change.newPassword(), change.repeatPassword());
    }

    @PUT
    @Path("{name}/activation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Activate user access (Yes/No)", description = "Only the user role can be switched; admin is always active. "
            + "A new password for the user may be given at the same time (the manual's \"Enter a new password for the user access\"); "
            + "it is checked first, and on a broken rule nothing changes. Without one the user keeps its password; while that "
            + "is the default, the web configurator asks for a new one at the user's first login.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Not the user role, active missing, or the new password breaks a rule; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public UserView activation(@PathParam("name") String name, UserActivation activation) {
        if (activation == null || activation.active() == null) {
            throw new InvalidValueException("active", "must be true or false");
        }
        return users.setActive(name, activation);
    }
}
