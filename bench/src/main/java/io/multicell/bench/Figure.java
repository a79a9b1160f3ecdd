package io.multicell.bench;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** A measured number with its unit, or the reason it could not be measured honestly. */
public record Figure(OptionalDouble value, String unit, Optional<String> whyNot) {

    public static Figure of(double value, String unit) {
        return new Figure(OptionalDouble.of(value), unit, Optional.empty());
    }

    public static Figure unmeasured(String why) {
        return new Figure(OptionalDouble.empty(), "", Optional.of(why));
    }

    public boolean measured() {
        return value.isPresent();
    }

    /** "12.3 /s", "45 ms", or "n/a". */
    public String text() {
        if (value.isEmpty()) {
            return "n/a";
        }
        double v = value.getAsDouble();
        String number = "ms".equals(unit) || v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** The text, followed by the reason when there is no number. */
    public String explained() {
        return whyNot.map(w -> "n/a (" + w + ")").orElse(text());
    }
}
