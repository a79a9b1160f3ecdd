package io.multicell.integrator.web.form;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conflicting edits of one page by two sessions. The page carries the values it showed (hidden field
 * {@code _shown}); on Set they are compared with what is stored now. Any field changed meanwhile by someone else
 * means the second writer is told what changed and nothing is overwritten; a second Set then saves knowingly.
 */
public final class EditConflict {

    public static final String SHOWN = "_shown";
    private static final TypeReference<Map<String, List<String>>> VALUES = new TypeReference<>() {
    };

    private EditConflict() {
    }

    public static String encode(ObjectMapper mapper, Map<String, List<String>> shown) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(shown));
        } catch (Exception e) {
            throw new IllegalStateException("form values not serialisable", e);
        }
    }

    /** The fields whose stored value differs from what the page showed; empty when the page sent nothing to compare. */
    public static List<FieldChange> changes(ObjectMapper mapper, FormDefinition form, String shownToken,
                                            Map<String, List<String>> stored) {
        if (shownToken == null || shownToken.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> shown;
        try {
            shown = mapper.readValue(new String(Base64.getUrlDecoder().decode(shownToken), StandardCharsets.UTF_8), VALUES);
        } catch (Exception e) {
            return List.of(new FieldChange(SHOWN, "page", "unreadable", "reloaded"));
        }
        List<FieldChange> changes = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!field.submitted() || field.isPassword()) {
                continue;
            }
            List<String> was = shown.getOrDefault(field.name(), List.of());
            List<String> now = stored.getOrDefault(field.name(), List.of());
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field.name(), field.label(), display(field, was), display(field, now)));
            }
        }
        return changes;
    }

    static String display(FormField field, List<String> values) {
        if (field.isCheckbox()) {
            return values.contains("true") ? "on" : "off";
        }
        List<String> labels = values.stream().map(v -> field.choices().stream().filter(c -> c.value().equals(v))
                .map(Choice::label).findFirst().orElse(v)).toList();
        return labels.isEmpty() || labels.equals(List.of("")) ? "(empty)" : String.join(", ", labels);
    }
}
