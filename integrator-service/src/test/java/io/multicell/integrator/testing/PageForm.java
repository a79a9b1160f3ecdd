package io.multicell.integrator.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser would post from a settings form as a page shows it: text and hidden inputs (not the disabled ones),
 * ticked checkboxes and selected options, in page order; a name sent several times (an ordered list) as a list.
 */
public final class PageForm {

    private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
    private static final Pattern SELECT = Pattern.compile("<select ([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    private PageForm() {
    }

    /** The form of {@code html}: single values as text, repeated names as a list. */
    public static Map<String, Object> of(String html) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> a = attributes(input.group(1));
            String type = a.getOrDefault("type", "text");
            String name = a.get("name");
            if (name == null || a.containsKey("disabled") || type.equals("password") || type.equals("search")) {
                continue;
            }
            if (type.equals("text") || type.equals("hidden") || (type.equals("checkbox") && a.containsKey("checked"))) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(a.getOrDefault("value", ""));
            }
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            String name = attributes(select.group(1)).get("name");
            Matcher option = SELECTED.matcher(select.group(2));
            while (name != null && option.find()) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(unescape(option.group(1)));
            }
        }
        Map<String, Object> form = new LinkedHashMap<>();
        values.forEach((name, v) -> form.put(name, v.size() == 1 ? v.get(0) : v));
        return form;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            attributes.put(a.group(1), a.group(2) == null ? "" : unescape(a.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
