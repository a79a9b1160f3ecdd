package io.multicell.integrator.web.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.dm.DectManagerUnreachableException;
import io.multicell.integrator.sip.SipGatewayUnreachableException;
import io.multicell.integrator.web.PageFrame;
import io.multicell.integrator.web.Pages;
import io.multicell.integrator.web.WebMessages;
import io.multicell.integrator.web.language.CurrentLanguage;
import io.multicell.integrator.web.language.RuleTexts;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows and saves the settings pages: one way for every page, so each field has its help, each broken rule is shown
 * next to its field (the API's validation, through its own request record), Set and Cancel behave alike and a
 * conflicting edit by another session is reported instead of overwritten.
 */
@ApplicationScoped
public class SettingsForms {

    private final Template page;
    private final Template fragment;
    private final Pages pages;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;
    private final CurrentLanguage language;

    public SettingsForms(@Location("form/settings-page.html") Template page, @Location("form/settings-form.html") Template fragment,
                         Pages pages, SecurityIdentity identity, ObjectMapper mapper, CurrentLanguage language) {
        this.page = page;
        this.fragment = fragment;
        this.pages = pages;
        this.identity = identity;
        this.mapper = mapper;
        this.language = language;
    }

    /** {@code form} with its texts in the request's language (the forms are defined once, in English). */
    public FormDefinition localized(FormDefinition form) {
        return form.in(language.fieldTexts());
    }

    /** The whole page with the form showing {@code view}; {@code before} and {@code after} are extra HTML around it. */
    public Response page(HttpHeaders headers, FormDefinition form, Object view, String before, String after) {
        return page(headers, form, view, before, after, form.path());
    }

    /** As above for a page of one entry of a list (e.g. one profile), marked in the menu under {@code menuPath}. */
    public Response page(HttpHeaders headers, FormDefinition english, Object view, String before, String after, String menuPath) {
        FormDefinition form = localized(english);
        PageFrame frame = pages.frame(identity, headers, form.title(), menuPath, form.pageHelp());
        return pages.render(frame, page.data("form", render(form, view, null)).data("before", before).data("after", after));
    }

    public Response page(HttpHeaders headers, FormDefinition form, Object view) {
        return page(headers, form, view, null, null);
    }

    /** The form as a fragment showing what is stored, with a notice (after a save) or none. */
    public String render(FormDefinition english, Object view, String notice) {
        FormDefinition form = localized(english);
        Map<String, List<String>> values = FormValues.of(mapper, form, view);
        return html(new RenderedForm(form, values, EditConflict.encode(mapper, values), null, null, notice, null, List.of()));
    }

    /**
     * Saves a submitted form: checks for a conflicting edit against {@code stored}, binds the fields to the API's
     * request type and hands it to {@code update}. Answers the form again: saved (with the stored values), or with
     * the user's values and the rule broken, the error, or what another session changed.
     */
    public <R> String submit(FormDefinition english, MultivaluedMap<String, String> submitted, Supplier<?> stored,
                             Class<R> requestType, Function<R, ?> update) {
        FormDefinition form = localized(english);
        WebMessages msg = language.messages();
        Map<String, List<String>> storedValues = FormValues.of(mapper, form, stored.get());
        List<FieldChange> conflicts = EditConflict.changes(mapper, form, submitted.getFirst(EditConflict.SHOWN), storedValues);
        String storedToken = EditConflict.encode(mapper, storedValues);
        Map<String, List<String>> shown = withReadOnly(form, submitted, storedValues);
        if (!conflicts.isEmpty()) {
            return html(new RenderedForm(form, shown, storedToken, null, null, null,
                    msg.notSavedConflict(),
                    conflicts));
        }
        try {
            Object saved = update.apply(FormBinding.toRequest(mapper, form, submitted, requestType));
            return render(form, saved, msg.saved());
        } catch (InvalidValueException e) {
            return failed(form, shown, storedToken, e.field(), e.rule());
        } catch (ConflictException e) {
            return failed(form, shown, storedToken, e.field(), e.rule());
        } catch (UnknownEntityException e) {
            return failed(form, shown, storedToken, e.field(), e.rule());
        } catch (IllegalArgumentException e) {
            // A value Jackson could not put into the request (e.g. text where a list is expected).
            return html(new RenderedForm(form, shown, storedToken, null, null, null, msg.notSaved(rootMessage(e)), List.of()));
        } catch (DectManagerUnreachableException e) {
            return html(new RenderedForm(form, shown, storedToken, null, null, null,
                    msg.notSavedDmUnreachable(), List.of()));
        } catch (SipGatewayUnreachableException e) {
            return html(new RenderedForm(form, shown, storedToken, null, null, null,
                    msg.notSavedSipUnreachable(), List.of()));
        }
    }

    /** What the user sent, with the read-only figures (never sent) as stored, for showing the form again. */
    private static Map<String, List<String>> withReadOnly(FormDefinition form, Map<String, List<String>> submitted,
                                                          Map<String, List<String>> stored) {
        Map<String, List<String>> shown = new LinkedHashMap<>(submitted);
        form.fields().stream().filter(FormField::isReadOnly).forEach(f -> shown.put(f.name(), stored.getOrDefault(f.name(), List.of())));
        return shown;
    }

    private String failed(FormDefinition form, Map<String, List<String>> submitted, String token, String field, String apiRule) {
        // The API's rule in English; the page shows it in the page's language where web/rules_<tag> knows it.
        String rule = RuleTexts.in(language.language()).translate(apiRule);
        String error = form.field(field).isPresent() ? null : language.messages().notSaved(field + ": " + rule);
        return html(new RenderedForm(form, submitted, token, field, rule, null, error, List.of()));
    }

    private String html(RenderedForm form) {
        return fragment.data("form", form).render();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
