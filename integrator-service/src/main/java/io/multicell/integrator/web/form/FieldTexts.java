package io.multicell.integrator.web.form;

import io.multicell.integrator.web.language.Language;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels and help texts of the settings pages, from the message bundle {@code web/fields.properties} (a
 * {@code fields_de.properties} next to it translates them; a key it lacks falls back to the English text). Keys: {@code <form>.title}, {@code <form>.help},
 * {@code <form>.section.<key>}, {@code <form>.<field>} (label) and {@code <form>.<field>.help} (the manual's
 * description). A missing key fails when the form is built, so a test that builds every form finds it.
 */
public final class FieldTexts {

    private static final String BUNDLE = "web.fields";

    private final ResourceBundle bundle;

    private FieldTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    // No fallback to the JVM's default locale: a key missing in fields_de falls back to fields (English) only.
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    public static FieldTexts english() {
        return in(Language.ENGLISH);
    }

    /** The texts in {@code language} (the bundles are read as UTF-8 and cached by ResourceBundle). */
    public static FieldTexts in(Language language) {
        Locale locale = language == Language.ENGLISH ? Locale.ROOT : language.locale();
        return new FieldTexts(ResourceBundle.getBundle(BUNDLE, locale, CONTROL));
    }

    /** Every key of the bundle, its fallback included. */
    public List<String> keys() {
        return bundle.keySet().stream().sorted().toList();
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("web/fields.properties has no text for " + key, e);
        }
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    public String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
