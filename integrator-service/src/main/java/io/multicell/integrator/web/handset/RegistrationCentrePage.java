package io.multicell.integrator.web.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.dm.DectManagerFailedException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.handset.HandsetAdministration;
import io.multicell.integrator.handset.MobileDeviceView;
import io.multicell.integrator.handset.RegistrationCentre;
import io.multicell.integrator.handset.RegistrationCentreView;
import io.multicell.integrator.handset.RegistrationRefusalView;
import io.multicell.integrator.handset.WindowDuration;
import io.multicell.integrator.handset.WindowRequest;
import io.multicell.integrator.security.Roles;
import io.multicell.integrator.web.Menu;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.WebConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Settings > Mobile devices > Registration Centre" (admin and user): the time-controlled registration window ("Start
 * now" with start time and duration, "Close"), the counts of the manual (To register, Registering, total, DECT managers,
 * ready to register) and the handsets waiting to register, registered and refused. The status part refreshes by itself;
 * the window form is left alone while someone types in it.
 */
@Path(Menu.REGISTRATION_CENTRE)
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class RegistrationCentrePage {

    /** Most refused attempts shown (newest first). */
    static final int REFUSALS_SHOWN = 10;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the window form shows: the fields as text, at most one broken rule, a notice or an error. */
    public record WindowForm(Map<String, String> values, String errorField, String errorRule, String notice, String error) {

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public boolean hasError(String name) {
            return name.equals(errorField);
        }
    }

    private final Template page;
    private final Template status;
    private final Template window;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final RegistrationCentre centre;
    private final HandsetAdministration administration;
    private final WebConfig config;

    public RegistrationCentrePage(@Location("handset/registration-centre.html") Template page,
                                  @Location("handset/registration-centre-status.html") Template status,
                                  @Location("handset/registration-centre-window.html") Template window, Pages pages,
                                  SecurityIdentity identity, RegistrationCentre centre, HandsetAdministration administration,
                                  WebConfig config) {
        this.page = page;
        this.status = status;
        this.window = window;
        this.pages = pages;
        this.identity = identity;
        this.centre = centre;
        this.administration = administration;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@Context HttpHeaders headers) {
        PageFrame frame = pages.frame(identity, headers, pages.messages().registrationCentreTitle(), Menu.REGISTRATION_CENTRE,
                pages.messages().helpRegistrationCentre());
        RegistrationCentreView view = centre.view();
        return pages.render(frame, page.data("refreshMillis", config.statusRefresh().toMillis())
                .data("status", status(view, false).render())
                .data("window", window.data("form", formOf(view, null, null)).render()));
    }

    @GET
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public String status() {
        return status(centre.view(), false).render();
    }

    /** "Start now": as PUT /api/v1/mobile-devices/registration-centre. */
    @POST
    @Path("start")
    @Produces(MediaType.TEXT_HTML)
    public String start(@RestForm String startTime, @RestForm("duration.days") String days, @RestForm("duration.hours") String hours,
                        @RestForm("duration.minutes") String minutes, @RestForm("duration.seconds") String seconds) {
        var typed = new LinkedHashMap<String, String>();
        typed.put("startTime", text(startTime));
        typed.put("duration.days", text(days));
        typed.put("duration.hours", text(hours));
        typed.put("duration.minutes", text(minutes));
        typed.put("duration.seconds", text(seconds));
        try {
            var request = new WindowRequest(startTime, new WindowDuration(number("duration.days", days), number("duration.hours", hours),
                    number("duration.minutes", minutes), number("duration.seconds", seconds)));
            RegistrationCentreView view = centre.open(request);
            String notice = view.open() ? "The registration window is open until " + time(view, view.closesAt()) + "."
                    : "The registration window opens at " + time(view, view.opensAt()) + ".";
            return changed(view, new WindowForm(formOf(view, null, null).values(), null, null, notice, null));
        } catch (InvalidValueException e) {
            String field = typed.containsKey(e.field()) || "duration".equals(e.field()) ? e.field() : null;
            String error = field == null ? "Not started: " + e.field() + " " + e.rule() : null;
            return window.data("form", new WindowForm(typed, field, e.rule(), null, error)).render();
        } catch (DectManagerUnreachableException e) {
            return window.data("form", new WindowForm(typed, null, null, null,
                    "Not started: the DECT manager is not reachable; nothing changed.")).render();
        }
    }

    /** "Close": as POST /api/v1/mobile-devices/registration-centre/close; the timers are reset. */
    @POST
    @Path("close")
    @Produces(MediaType.TEXT_HTML)
    public String close() {
        try {
            RegistrationCentreView view = centre.close();
            return changed(view, formOf(view, "The registration window is closed, the time settings are reset.", null));
        } catch (DectManagerUnreachableException e) {
            RegistrationCentreView view = centre.view();
            return window.data("form", formOf(view, null, "Not closed: the DECT manager is not reachable; nothing changed.")).render();
        }
    }

    /** The window form, and the status part swapped in beside it (htmx out-of-band), so both show the change at once. */
    private String changed(RegistrationCentreView view, WindowForm form) {
        return window.data("form", form).render() + status(view, true).render();
    }

    private TemplateInstance status(RegistrationCentreView view, boolean outOfBand) {
        List<MobileDeviceView> devices = administration.list();
        List<RegistrationRefusalView> refusals;
        boolean refusalsKnown = true;
        try {
            refusals = administration.refusals().stream().limit(REFUSALS_SHOWN).toList();
        } catch (DectManagerUnreachableException | DectManagerFailedException e) {
            refusals = List.of();
            refusalsKnown = false;
        }
        ZoneId zone = ZoneId.of(view.timeZone());
        return status.data("view", view)
                .data("currentTime", TIME.withZone(zone).format(view.currentTime()))
                .data("opensAt", view.opensAt() == null ? "" : TIME.withZone(zone).format(view.opensAt()))
                .data("closesAt", view.closesAt() == null ? "" : TIME.withZone(zone).format(view.closesAt()))
                .data("waiting", devices.stream().filter(d -> "TO_REGISTER".equals(d.regStatusCode()) || "REGISTERING".equals(d.regStatusCode())).toList())
                .data("registered", devices.stream().filter(d -> "REGISTERED".equals(d.regStatusCode())).toList())
                .data("refusals", refusals.stream().map(r -> new Refusal(r.ipui(), TIME.withZone(zone).format(r.at()), r.reason())).toList())
                .data("refusalsKnown", refusalsKnown)
                .data("outOfBand", outOfBand);
    }

    /** A refused attempt as shown: the time in the system's zone. */
    public record Refusal(String ipui, String at, String reason) {
    }

    private static WindowForm formOf(RegistrationCentreView view, String notice, String error) {
        var values = new LinkedHashMap<String, String>();
        values.put("startTime", text(view.startTime()));
        WindowDuration d = view.duration();
        values.put("duration.days", String.valueOf(d.days()));
        values.put("duration.hours", String.valueOf(d.hours()));
        values.put("duration.minutes", String.valueOf(d.minutes()));
        values.put("duration.seconds", String.valueOf(d.seconds()));
        return new WindowForm(values, null, null, notice, error);
    }

    private static String time(RegistrationCentreView view, TemporalAccessor at) {
        return at == null ? "" : TIME.withZone(ZoneId.of(view.timeZone())).format(at);
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
