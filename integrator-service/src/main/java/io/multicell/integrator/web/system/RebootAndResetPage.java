package io.multicell.integrator.web.system;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.system.reset.FactoryResetRequest;
import io.multicell.integrator.system.reset.FactoryResetResult;
import io.multicell.integrator.system.reset.RebootAndReset;
import io.multicell.integrator.system.reset.RebootRequest;
import io.multicell.integrator.system.reset.RebootResult;
import io.multicell.integrator.system.reset.ResetRole;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.form.FieldTexts;
import io.multicell.integrator.web.language.CurrentLanguage;
import io.multicell.integrator.web.language.RuleTexts;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "Settings > System > Reboot and reset" (admin only): "Reboot now" and "Reset to device", each confirmed explicitly
 * (a ticked "Yes" box, like the manual's confirmation dialogue), done like POST /api/v1/system/reboot-and-reset/...
 */
@Path(Menu.SYSTEM_REBOOT_AND_RESET)
@RolesAllowed(Roles.ADMIN)
public class RebootAndResetPage {

    public static final String REBOOT = Menu.SYSTEM_REBOOT_AND_RESET + "/reboot";
    public static final String FACTORY_RESET = Menu.SYSTEM_REBOOT_AND_RESET + "/factory-reset";

    private final Template page;
    private final Template rebootForm;
    private final Template resetForm;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final RebootAndReset rebootAndReset;
    private final CurrentLanguage language;

    /** The labels and help texts of the two forms in the request's language, by the key after "rebootReset." (".help" as "Help"). */
    private Map<String, String> labels() {
        FieldTexts texts = language.fieldTexts();
        return Stream.of("section.reboot", "rebootConfirm", "rebootConfirm.help", "rebootNow",
                        "section.reset", "resetTo", "resetTo.help", "resetConfirm", "resetConfirm.help", "resetButton")
                .collect(Collectors.toMap(k -> k.replace("section.", "section_").replace(".help", "Help"),
                        k -> texts.text("rebootReset." + k)));
    }

    public RebootAndResetPage(@Location("system/reboot-and-reset.html") Template page,
                              @Location("system/reboot-form.html") Template rebootForm,
                              @Location("system/factory-reset-form.html") Template resetForm,
                              Pages pages, SecurityIdentity identity, RebootAndReset rebootAndReset, CurrentLanguage language) {
        this.language = language;
        this.page = page;
        this.rebootForm = rebootForm;
        this.resetForm = resetForm;
        this.pages = pages;
        this.identity = identity;
        this.rebootAndReset = rebootAndReset;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        FieldTexts texts = language.fieldTexts();
        var frame = pages.frame(identity, headers, texts.text("rebootReset.title"), Menu.SYSTEM_REBOOT_AND_RESET,
                texts.text("rebootReset.help"));
        return pages.render(frame, page
                .data("rebootForm", reboot(ActionOutcome.NONE).render())
                .data("resetForm", reset(ActionOutcome.NONE, ResetRole.ALL_IN_ONE_DYNAMIC_IP.name()).render()));
    }

    @POST
    @Path("reboot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String reboot(@FormParam("confirm") String confirm) {
        try {
            RebootResult result = rebootAndReset.reboot(new RebootRequest("true".equals(confirm)));
            String text = result.rebooted().isEmpty() ? "No base station is connected: none rebooted."
                    : "Rebooting " + result.rebooted().size() + " base station(s): " + String.join(", ", result.rebooted()) + ".";
            if (!result.offline().isEmpty()) {
                text += " Offline, not rebooted: " + String.join(", ", result.offline()) + ".";
            }
            return reboot(ActionOutcome.notice(text)).render();
        } catch (InvalidValueException e) {
            return reboot(ActionOutcome.broken(e.field(), rule(e.rule()))).render();
        } catch (DectManagerUnreachableException e) {
            return reboot(ActionOutcome.error("Not rebooted: the DECT manager is not reachable.")).render();
        } catch (DectManagerFailedException e) {
            return reboot(ActionOutcome.error("Not rebooted: " + e.getMessage())).render();
        }
    }

    @POST
    @Path("factory-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String factoryReset(@FormParam("resetTo") String resetTo, @FormParam("confirm") String confirm) {
        try {
            FactoryResetResult result = rebootAndReset.factoryReset(new FactoryResetRequest(resetTo, "true".equals(confirm)));
            return reset(ActionOutcome.notice("Reset to \"" + result.role().label() + "\": " + String.join(", ", result.reset())
                    + " are back to their factory settings. Kept: " + String.join(", ", result.kept()) + "."), result.role().name()).render();
        } catch (InvalidValueException e) {
            return reset(ActionOutcome.broken(e.field(), rule(e.rule())), resetTo).render();
        } catch (ConflictException e) {
            return reset(ActionOutcome.broken(e.field(), rule(e.rule())), resetTo).render();
        }
    }

    private String rule(String apiRule) {
        return RuleTexts.in(language.language()).translate(apiRule);
    }

    private TemplateInstance reboot(ActionOutcome outcome) {
        return rebootForm.data("outcome", outcome).data("t", labels()).data("path", REBOOT);
    }

    private TemplateInstance reset(ActionOutcome outcome, String chosen) {
        return resetForm.data("outcome", outcome).data("t", labels()).data("path", FACTORY_RESET)
                .data("roles", ResetRole.values()).data("chosen", chosen);
    }
}
