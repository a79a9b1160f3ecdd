package io.multicell.integrator.web.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages of the web configurator ("Language" on the login screen and at the top right of every page). */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch");

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** The IETF tag: the value of the cookie and of the language choice, and the suffix of the bundles (msg_de). */
    public String tag() {
        return tag;
    }

    /** The language's own name, as the options menu shows it. */
    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of {@code tag}, or empty when the web configurator has none such. */
    public static java.util.Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }

    /** The best language for a browser's Accept-Language header; English when it names none of ours or is broken. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String best = Locale.lookupTag(ranges, Arrays.stream(values()).map(Language::tag).toList());
            return ofTag(best).orElse(ENGLISH);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }
}
