package io.multicell.integrator.web;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.security.WebUsers;
import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.setup.DeviceRole;
import io.multicell.integrator.setup.FirstLogin;
import io.multicell.integrator.setup.FirstLoginRequest;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Logging in the first time": new password (the rules are shown next to the field that breaks them), and for the
 * admin the DECT radio band and the device role. Every other page leads here until it is done (FirstLoginGate).
 */
@Path(FirstLoginGate.PATH)
@Authenticated
public class FirstLoginPage {

    private final Template page;
    private final Pages pages;
    private final FirstLogin firstLogin;
    private final WebUsers users;
    private final SecurityIdentity identity;

    public FirstLoginPage(@Location("first-login.html") Template page, Pages pages, FirstLogin firstLogin, WebUsers users,
                          SecurityIdentity identity) {
        this.page = page;
        this.pages = pages;
        this.firstLogin = firstLogin;
        this.users = users;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        return pages.render(frame(headers), form(null, null, "EUROPE", DeviceRole.INTEGRATOR_DM_BASE.name()));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response set(@Context HttpHeaders headers, @RestForm String newPassword, @RestForm String repeatPassword,
                        @RestForm String dectRadioBand, @RestForm String deviceRole) {
        String name = identity.getPrincipal().getName();
        try {
            if (identity.hasRole(Roles.ADMIN)) {
                firstLogin.complete(name, new FirstLoginRequest(newPassword, repeatPassword, dectRadioBand, deviceRole));
            } else {
                users.changePassword(name, Roles.USER, name, newPassword, repeatPassword);
            }
            return Pages.htmxRedirect(Menu.STATUS_OVERVIEW);
        } catch (InvalidValueException e) {
            return pages.render(frame(headers), form(e.field(), e.rule(), dectRadioBand, deviceRole));
        }
    }

    private PageFrame frame(HttpHeaders headers) {
        return pages.frame(identity, headers, pages.messages().firstLoginTitle(), FirstLoginGate.PATH, null);
    }

    private TemplateInstance form(String errorField, String errorRule, String band, String role) {
        return page.data("errorField", errorField == null ? "" : errorField)
                .data("errorRule", errorRule)
                .data("bands", List.of(DectRadioBand.values()))
                .data("roles", List.of(DeviceRole.values()))
                .data("band", band)
                .data("role", role)
                .data("admin", identity.hasRole(Roles.ADMIN));
    }
}
