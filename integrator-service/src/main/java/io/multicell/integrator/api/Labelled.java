package io.multicell.integrator.api;

import io.multicell.core.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An option of one of the manual's option menus: a stable code (the enum name, used in answers) and the label the
 * manual prints. Requests may name an option either way, case-insensitively and ignoring spaces and punctuation
 * ("SRV + A", "srv_a", "G.722", "PAI (sip)+PPI+FROM").
 */
public interface Labelled {

    String name();

    String label();

    /** The option {@code text} names, or 400 on {@code field} listing the codes. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
        String wanted = normalise(text);
        for (E option : type.getEnumConstants()) {
            if (normalise(option.name()).equals(wanted) || normalise(option.label()).equals(wanted)) {
                return option;
            }
        }
        throw new InvalidValueException(field, "must be one of " + codes(type));
    }

    static <E extends Enum<E> & Labelled> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
