package io.multicell.integrator.web.system;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.security.UserActivation;
import io.multicell.integrator.security.UserView;
import io.multicell.integrator.security.WebUsers;
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
import jakarta.ws.rs.PathParam;
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
 * "Settings > System > Web configurator" (the manual's "Web configurator access rights"), open to admin and user. Every
 * user changes its own password here (PUT /api/v1/users/{name}/password); the admin also activates the user role and
 * sets its password (PUT /api/v1/users/user/activation) and loads the web security certificate (PUT and DELETE
 * /api/v1/system/web-certificate). The user sees only its password. The manual's CLI (SSH) part does not exist here.
 */
@Path(Menu.WEB_CONFIGURATOR)
@Authenticated
public class WebConfiguratorPage {

    static final String PASSWORD = Menu.WEB_CONFIGURATOR + "/password/";
    static final String USER_ACCESS = Menu.WEB_CONFIGURATOR + "/user-access";
    static final String CERTIFICATE = Menu.WEB_CONFIGURATOR + "/certificate";
    static final String SELF_SIGNED = Menu.WEB_CONFIGURATOR + "/certificate/self-signed";
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Template page;
    private final Template section;
    private final Template passwordSection;
    private final Template userAccessSection;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final WebCertificates certificates;
    private final WebUsers users;

    public WebConfiguratorPage(@Location("system/web-configurator.html") Template page,
                               @Location("system/web-certificate.html") Template section,
                               @Location("system/web-password.html") Template passwordSection,
                               @Location("system/web-user-access.html") Template userAccessSection, Pages pages,
                               SecurityIdentity identity, WebCertificates certificates, WebUsers users) {
        this.page = page;
        this.section = section;
        this.passwordSection = passwordSection;
        this.userAccessSection = userAccessSection;
        this.pages = pages;
        this.identity = identity;
        this.certificates = certificates;
        this.users = users;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().webConfiguratorTitle(), Menu.WEB_CONFIGURATOR, pages.messages().helpWebConfigurator());
        TemplateInstance instance = passwordData(page.instance(), me(), ActionOutcome.NONE);
        if (frame.admin()) {
            instance = sectionData(userAccessData(instance, users.get(Roles.USER).active(), ActionOutcome.NONE), null, null, null);
        }
        return pages.render(frame, instance.data("frame", frame));
    }

    /**
     * New password / Repeat password of {@code name}: the admin may set both, user only its own (403 otherwise). The
     * session stays logged in: it carries the user name, not the password.
     */
    @POST
    @Path("password/{name}")
    @Produces(MediaType.TEXT_HTML)
    public String changePassword(@PathParam("name") String name, @RestForm String newPassword, @RestForm String repeatPassword) {
        String role = identity.hasRole(Roles.ADMIN) ? Roles.ADMIN : Roles.USER;
        ActionOutcome outcome;
        try {
            users.changePassword(me(), role, name, newPassword, repeatPassword);
            outcome = ActionOutcome.notice(pages.messages().passwordChanged(name));
        } catch (InvalidValueException e) {
            outcome = new ActionOutcome(null, pages.messages().nothingChanged(), e.field(), e.rule());
        }
        return passwordData(passwordSection.instance(), name, outcome).render();
    }

    /** "Activate user access" Yes/No with the user's new password if given: one rule with the API (WebUsers). */
    @POST
    @Path("user-access")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.ADMIN)
    public String userAccess(@RestForm String active, @RestForm String newPassword, @RestForm String repeatPassword) {
        Boolean yes = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
        boolean shown = yes != null ? yes : users.get(Roles.USER).active();
        ActionOutcome outcome;
        try {
            if (yes == null) {
                throw new InvalidValueException("active", "must be Yes or No");
            }
            var activation = new UserActivation(yes, newPassword, repeatPassword);
            UserView user = users.setActive(Roles.USER, activation);
            outcome = ActionOutcome.notice(userAccessNotice(user, activation.setsPassword()));
        } catch (InvalidValueException e) {
            outcome = new ActionOutcome(null, pages.messages().nothingChanged(), e.field(), e.rule());
        }
        return userAccessData(userAccessSection.instance(), shown, outcome).render();
    }

    private String userAccessNotice(UserView user, boolean passwordSet) {
        String access = !user.active() ? pages.messages().userAccessOff()
                : user.passwordChangeRequired() ? pages.messages().userAccessActiveWithDefaultPassword() : pages.messages().userAccessActive();
        return passwordSet ? access + " " + pages.messages().userPasswordSet() : access;
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static TemplateInstance passwordData(TemplateInstance template, String name, ActionOutcome outcome) {
        return template.data("passwordOf", name).data("passwordOutcome", outcome).data("passwordUrl", PASSWORD + name);
    }

    private static TemplateInstance userAccessData(TemplateInstance template, boolean active, ActionOutcome outcome) {
        return template.data("userActive", active).data("accessOutcome", outcome).data("userAccessUrl", USER_ACCESS);
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
