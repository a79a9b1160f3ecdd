package io.multicell.integrator.web.form;

import java.util.List;

/** A titled group of fields, as the manual's pages group them. */
public record FormSection(String title, List<FormField> fields) {

    public FormSection {
        fields = List.copyOf(fields);
    }
}
