package io.multicell.integrator.setup;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.PasswordRules;
import io.multicell.integrator.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The first login of the web configurator, for automation (admin only). */
@Path("/api/v1/system/first-login")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "System", description = "First login: new admin password, DECT radio band, device role")
@SecurityRequirement(name = "basic")
public class FirstLoginResource {

    private final FirstLogin firstLogin;
    private final SecurityIdentity identity;

    public FirstLoginResource(FirstLogin firstLogin, SecurityIdentity identity) {
        this.firstLogin = firstLogin;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "What the first login chose", description = "204 while the admin has not logged in the first time")
    public RestResponse<SystemSetup> get() {
        return firstLogin.setup().map(RestResponse::ok).orElseGet(RestResponse::noContent);
    }

    @PUT
    @Operation(summary = "Complete the first login", description = "Sets admin's new password, the DECT radio band and the device role.")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "400", description = "A rule is broken; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SystemSetup complete(FirstLoginRequest request) {
        if (request == null) {
            throw new InvalidValueException("newPassword", PasswordRules.LENGTH);
        }
        return firstLogin.complete(identity.getPrincipal().getName(), request);
    }
}
