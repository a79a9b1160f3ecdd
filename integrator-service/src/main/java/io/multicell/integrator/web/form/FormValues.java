package io.multicell.integrator.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a form's fields as text, read from what the API shows (the view record): a field named
 * {@code voipAccount.username} is the view's {@code voipAccount.username}, {@code connectionRingtones[2].name} the name
 * of the view's third ringtone. Absent or null reads as empty.
 */
public final class FormValues {

    private FormValues() {
    }

    public static Map<String, List<String>> of(ObjectMapper mapper, FormDefinition form, Object view) {
        JsonNode root = mapper.valueToTree(view);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            values.put(field.name(), field.isPassword() ? List.of() : texts(root.at(pointer(field.name()))));
        }
        return values;
    }

    private static String pointer(String name) {
        return "/" + name.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static List<String> texts(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        }
        return List.of(node.asText());
    }
}
