package io.multicell.integrator.web.form;

import java.util.List;

/** A titled group of fields, as the manual's pages group them; {@code key} names its title in the bundle (null: none). */
public record FormSection(String key, String title, List<FormField> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }
}
