package io.multicell.integrator.tls;

import io.multicell.integrator.api.ApiError;
import io.multicell.integrator.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** "Loading the web security certificate" (Settings > System > Web configurator): show, upload, back to self-signed. */
@Path("/api/v1/system/web-certificate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "Web security certificate of the HTTPS port")
@SecurityRequirement(name = "basic")
public class WebCertificateResource {

    private final WebCertificates certificates;

    public WebCertificateResource(WebCertificates certificates) {
        this.certificates = certificates;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.USER})
    @Operation(summary = "The certificate the HTTPS port serves")
    public WebCertificateView get() {
        return WebCertificateView.of(certificates.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Upload a web security certificate",
            description = "PEM (certificate, CA chain, private key) or PKCS#12 with its password. The key must belong to the "
                    + "certificate and the certificate must be valid now. Served from the next TLS handshake on, no restart.")
    @APIResponse(responseCode = "200", description = "Stored and served")
    @APIResponse(responseCode = "400", description = "Not usable; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public WebCertificateView upload(WebCertificateRequest request) {
        return WebCertificateView.of(certificates.upload(request));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Back to a self-signed certificate", description = "A new self-signed certificate replaces the stored one; "
            + "served from the next TLS handshake on.")
    public WebCertificateView selfSigned() {
        return WebCertificateView.of(certificates.selfSigned());
    }
}
