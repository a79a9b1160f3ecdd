package io.multicell.integrator.web.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multicell.core.InvalidValueException;
import java.util.List;
import java.util.Map;

/**
 * Turns a submitted form into the API's request record, so a page is validated exactly like the REST API: text as
 * given, numbers parsed (else the field's rule "must be a whole number"), an unticked checkbox as off, an empty
 * password as "keep the stored one", a multi-select as a list in the order sent.
 */
public final class FormBinding {

    private FormBinding() {
    }

    public static <R> R toRequest(ObjectMapper mapper, FormDefinition form, Map<String, List<String>> submitted, Class<R> type) {
        ObjectNode root = mapper.createObjectNode();
        for (FormField field : form.fields()) {
            List<String> values = submitted.getOrDefault(field.name(), List.of());
            String first = values.isEmpty() ? null : values.get(0);
            ObjectNode parent = parentOf(root, field.name());
            String key = leaf(field.name());
            switch (field.kind()) {
                case READ_ONLY -> {
                }
                case CHECKBOX -> parent.put(key, first != null && !"false".equals(first));
                case PASSWORD -> {
                    if (first != null && !first.isEmpty()) {
                        parent.put(key, first);
                    }
                }
                case NUMBER -> {
                    if (first != null) {
                        parent.put(key, number(field, first));
                    }
                }
                case MULTI_SELECT -> {
                    ArrayNode list = parent.putArray(key);
                    values.stream().filter(v -> !v.isBlank()).forEach(list::add);
                }
                case TEXT, SELECT -> {
                    if (first != null) {
                        parent.put(key, first.strip());
                    }
                }
            }
        }
        return mapper.convertValue(root, type);
    }

    private static int number(FormField field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field.name(), "must be a whole number");
        }
    }

    private static ObjectNode parentOf(ObjectNode root, String name) {
        ObjectNode node = root;
        String[] parts = name.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
