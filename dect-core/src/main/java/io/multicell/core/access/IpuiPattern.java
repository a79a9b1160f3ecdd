package io.multicell.core.access;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.Ipui;
import java.util.Locale;
import java.util.Optional;

/**
 * The IPUI field of a handset entry: a concrete IPUI, empty (any handset may register) or a wildcard
 * slot "0_1", "0_2", ... that binds to whichever handset registers with the entry's PIN.
 */
public record IpuiPattern(String text) {

    public IpuiPattern {
        text = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!text.isEmpty() && !text.matches("0_[1-9][0-9]{0,3}") && !text.matches("[0-9A-F]{10}")) {
            throw new InvalidValueException("ipui", "must be 10 hex digits, a wildcard 0_1, 0_2, ... or empty (any handset)");
        }
    }

    public boolean isWildcard() {
        return text.isEmpty() || text.startsWith("0_");
    }

    public Optional<Ipui> concrete() {
        return isWildcard() ? Optional.empty() : Optional.of(new Ipui(text));
    }

    public boolean admits(Ipui ipui) {
        return isWildcard() || text.equals(ipui.value());
    }

    @Override
    public String toString() {
        return text;
    }
}
