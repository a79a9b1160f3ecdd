package io.multicell.integrator.web.form;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One option of a select field: the value the API takes and the manual's label, and the other fields of the form that
 * choosing it fills in at once (by field name; e.g. a country's prefixes).
 */
public record Choice(String value, String label, Map<String, String> fills) {

    public Choice {
        fills = Map.copyOf(fills);
    }

    public Choice(String value, String label) {
        this(value, label, Map.of());
    }

    /** "field=value field=value" for the option's {@code data-fills}, read by configurator.js; empty when none. */
    public String fillsAttribute() {
        return fills.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
