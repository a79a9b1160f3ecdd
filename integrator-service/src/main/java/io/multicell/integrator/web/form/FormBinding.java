package io.multicell.integrator.web.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multicell.core.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a submitted form into the API's request record, so a page is validated exactly like the REST API: text as
 * given, numbers parsed (else the field's rule "must be a whole number"), an unticked checkbox as off, an empty
 * password as "keep the stored one", a multi-select or ordered list as a list in the order sent. A name with an index
 * ({@code connectionRingtones[2].name}) is a property of that element of a list of sub-records.
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
                case DECIMAL -> {
                    if (first != null && !first.isBlank()) {
                        parent.put(key, decimal(field, first));
                    }
                }
                case MULTI_SELECT, ORDERED_LIST -> {
                    ArrayNode list = parent.putArray(key);
                    values.stream().filter(v -> !v.isBlank()).forEach(list::add);
                }
                case TEXT, SELECT, HIDDEN -> {
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

    private static double decimal(FormField field, String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException(field.name(), "must be a number, e.g. 12.5");
    }

    private static final Pattern ELEMENT = Pattern.compile("(.+)\\[(\\d+)]");

    private static ObjectNode parentOf(ObjectNode root, String name) {
        ObjectNode node = root;
        String[] parts = name.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher element = ELEMENT.matcher(parts[i]);
            if (element.matches()) {
                node = element(node, element.group(1), Integer.parseInt(element.group(2)));
            } else {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
        }
        return node;
    }

    /** Element {@code index} of the list {@code name}, the list grown with empty elements up to it. */
    private static ObjectNode element(ObjectNode parent, String name, int index) {
        ArrayNode list = parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
        while (list.size() <= index) {
            list.addObject();
        }
        return (ObjectNode) list.get(index);
    }

    private static String leaf(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
