package io.multicell.integrator.web.system;

import io.quarkus.qute.TemplateData;

/** What an action form of a System page (Reboot and reset, Web configurator) shows after a click: a notice, an error, or a rule next to its field. */
@TemplateData
public record ActionOutcome(String notice, String error, String field, String rule) {

    static final ActionOutcome NONE = new ActionOutcome(null, null, null, null);

    static ActionOutcome notice(String text) {
        return new ActionOutcome(text, null, null, null);
    }

    static ActionOutcome error(String text) {
        return new ActionOutcome(null, text, null, null);
    }

    static ActionOutcome broken(String field, String rule) {
        return new ActionOutcome(null, null, field, rule);
    }

    public boolean hasError(String name) {
        return name.equals(field);
    }
}
