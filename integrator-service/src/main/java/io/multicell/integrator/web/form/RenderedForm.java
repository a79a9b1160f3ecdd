package io.multicell.integrator.web.form;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A settings form as the template shows it: the values in the fields, the token of what was shown (for conflicting
 * edits), and at most one rule broken (shown next to its field), a notice, a page-level error or the fields another
 * session changed meanwhile.
 */
@TemplateData
public record RenderedForm(FormDefinition definition, Map<String, List<String>> values, String shown, String errorField,
                           String errorRule, String notice, String error, List<FieldChange> conflicts) {

    public String value(String name) {
        List<String> v = values.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean checked(String name) {
        return "true".equals(value(name)) || "on".equals(value(name));
    }

    public boolean selected(String name, String choice) {
        return values.getOrDefault(name, List.of()).contains(choice);
    }

    public boolean hasError(String name) {
        return name.equals(errorField);
    }

    /** Whether the broken rule concerns no field of this form (then it is shown above the form, with its field). */
    public boolean errorOutsideFields() {
        return errorField != null && definition.field(errorField).isEmpty();
    }

    /** A multi-select's choices: the chosen ones first in their order, then the others. */
    public List<Choice> ordered(FormField field) {
        List<String> chosen = values.getOrDefault(field.name(), List.of());
        List<Choice> ordered = new ArrayList<>();
        chosen.forEach(v -> field.choices().stream().filter(c -> c.value().equals(v)).findFirst().ifPresent(ordered::add));
        field.choices().stream().filter(c -> !chosen.contains(c.value())).forEach(ordered::add);
        return ordered;
    }

    /** An ordered list's active choices, in their order. */
    public List<Choice> active(FormField field) {
        List<Choice> active = new ArrayList<>();
        values.getOrDefault(field.name(), List.of()).forEach(v -> field.choices().stream().filter(c -> c.value().equals(v))
                .findFirst().ifPresent(active::add));
        return active;
    }

    /** An ordered list's choices not active, in the field's order. */
    public List<Choice> available(FormField field) {
        List<String> active = values.getOrDefault(field.name(), List.of());
        return field.choices().stream().filter(c -> !active.contains(c.value())).toList();
    }

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
