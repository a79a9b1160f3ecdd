package io.multicell.integrator.web.system;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.tls.WebCertificateRequest;
import io.multicell.integrator.tls.WebCertificateView;
import io.multicell.integrator.tls.WebCertificates;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * "Settings > System > Web configurator", its part "Loading the web security certificate": the certificate the HTTPS
 * port serves, the upload of the admin's own (PEM or PKCS#12 with the web security password) and the way back to a
 * self-signed one, as PUT and DELETE /api/v1/system/web-certificate do. The password and CLI parts of the manual's page
 * are not built yet.
 */
@Path(Menu.WEB_CONFIGURATOR)
@Authenticated
public class WebConfiguratorPage {

    static final String CERTIFICATE = Menu.WEB_CONFIGURATOR + "/certificate";
    static final String SELF_SIGNED = Menu.WEB_CONFIGURATOR + "/certificate/self-signed";
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Template page;
    private final Template section;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final WebCertificates certificates;

    public WebConfiguratorPage(@Location("system/web-configurator.html") Template page,
                               @Location("system/web-certificate.html") Template section, Pages pages, SecurityIdentity identity,
                               WebCertificates certificates) {
        this.page = page;
        this.section = section;
        this.pages = pages;
        this.identity = identity;
        this.certificates = certificates;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, "Web configurator", Menu.WEB_CONFIGURATOR,
                "The web configurator is protected by SSL/TLS: data transfer is encrypted and the browser checks the web "
                        + "security certificate to determine that the site is legitimate.");
        return pages.render(frame, sectionData(page.instance(), null, null, null).data("frame", frame));
    }

    /** Upload: the certificate file (PEM or PKCS#12), a separate PEM key file if any, and the web security password. */
    @POST
    @Path("certificate")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public String upload(@RestForm("certificate") FileUpload certificate, @RestForm("privateKey") FileUpload privateKey,
                         @RestForm("password") String password) {
        try {
            byte[] file = read("certificate", certificate);
            if (file == null) {
                throw new InvalidValueException("certificate", "is required: choose the certificate file");
            }
            byte[] key = read("privateKey", privateKey);
            String text = new String(file, StandardCharsets.US_ASCII);
            WebCertificateRequest request = text.contains("-----BEGIN ")
                    ? new WebCertificateRequest(text, key == null ? null : new String(key, StandardCharsets.US_ASCII), null, password)
                    : new WebCertificateRequest(null, null, Base64.getEncoder().encodeToString(file), password);
            certificates.upload(request);
            return render("Certificate uploaded. It is served from the next connection on; reload the page to see it.", null, null);
        } catch (InvalidValueException e) {
            // The API names the request's fields; the page names its own (one file field for pem and pkcs12).
            String field = switch (e.field()) {
                case "pem", "pkcs12" -> "certificate";
                default -> e.field();
            };
            return render(null, field, e.rule());
        }
    }

    @POST
    @Path("certificate/self-signed")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public String selfSigned() {
        certificates.selfSigned();
        return render("A new self-signed certificate is served from the next connection on.", null, null);
    }

    private String render(String notice, String field, String rule) {
        return sectionData(section.instance(), notice, field, rule).data("admin", true).render();
    }

    private TemplateInstance sectionData(TemplateInstance template, String notice, String field, String rule) {
        return template.data("certificate", WebCertificateView.of(certificates.current())).data("notice", notice)
                .data("field", field).data("rule", rule).data("uploadUrl", CERTIFICATE).data("selfSignedUrl", SELF_SIGNED);
    }

    private static byte[] read(String field, FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            return null;
        }
        if (upload.size() > MAX_FILE_BYTES) {
            throw new InvalidValueException(field, "is too big for a certificate file (at most 1 MB)");
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new InvalidValueException(field, "cannot be read");
        }
    }
}
