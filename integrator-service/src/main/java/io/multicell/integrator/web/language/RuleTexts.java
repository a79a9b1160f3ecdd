package io.multicell.integrator.web.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's broken rules ("must be 1..65535") as a page shows them next to their field in the page's language. The
 * API keeps answering in English (its clients read the rule); the pages translate with {@code web/rules_<tag>.properties}:
 * pairs {@code <name>.en} (the English rule, {@code {0}}, {@code {1}} standing for the changing parts) and
 * {@code <name>.<tag>}. A rule no pattern matches is shown in English.
 */
public final class RuleTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private record Translation(Pattern english, String translated) {
    }

    private final List<Translation> translations;

    private RuleTexts(List<Translation> translations) {
        this.translations = translations;
    }

    /** The rules in {@code language}; for English nothing is translated. */
    public static RuleTexts in(Language language) {
        return language == Language.ENGLISH ? new RuleTexts(List.of()) : Cache.GERMAN;
    }

    public String translate(String rule) {
        if (rule == null) {
            return null;
        }
        for (Translation t : translations) {
            Matcher m = t.english().matcher(rule);
            if (m.matches()) {
                Matcher p = PLACEHOLDER.matcher(t.translated());
                StringBuilder out = new StringBuilder();
                while (p.find()) {
                    p.appendReplacement(out, Matcher.quoteReplacement(m.group("p" + p.group(1))));
                }
                p.appendTail(out);
                return out.toString();
            }
        }
        return rule;
    }

    private static final class Cache {
        static final RuleTexts GERMAN = load(Language.GERMAN);
    }

    static RuleTexts load(Language language) {
        Properties properties = new Properties();
        String file = "web/rules_" + language.tag() + ".properties";
        try (InputStream in = RuleTexts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no " + file);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Translation> translations = new ArrayList<>();
        // Sorted by name; the file orders specific rules before general ones by their names where it matters.
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (key.endsWith(".en")) {
                String name = key.substring(0, key.length() - 3);
                String translated = properties.getProperty(name + "." + language.tag());
                if (translated == null) {
                    throw new IllegalStateException(file + " has no " + name + "." + language.tag());
                }
                translations.add(new Translation(pattern(properties.getProperty(key)), translated));
            }
        }
        return new RuleTexts(List.copyOf(translations));
    }

    /** {@code must be {0}..{1}} as a regular expression with the named groups p0, p1. */
    private static Pattern pattern(String english) {
        Matcher m = PLACEHOLDER.matcher(english);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(?<p").append(m.group(1)).append(">.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
