package io.multicell.integrator.web.form;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels and help texts of the settings pages, from the message bundle {@code web/fields.properties} (a
 * {@code fields_de.properties} next to it translates them). Keys: {@code <form>.title}, {@code <form>.help},
 * {@code <form>.section.<key>}, {@code <form>.<field>} (label) and {@code <form>.<field>.help} (the manual's
 * description). A missing key fails when the form is built, so a test that builds every form finds it.
 */
public final class FieldTexts {

    private static final String BUNDLE = "web.fields";

    private final ResourceBundle bundle;

    private FieldTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static FieldTexts english() {
        return new FieldTexts(ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
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
