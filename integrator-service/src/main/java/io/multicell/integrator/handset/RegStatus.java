package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The manual's RegStatus of a handset entry, and the changes an admin may make from each status ("Status /
 * possible action to change the status"). Registering and Registered are reached only through the DM.
 */
public enum RegStatus {
    TO_REGISTER("To register"),
    NOT_REGISTERED("Not registered"),
    REGISTERING("Registering"),
    REGISTERED("Registered"),
    TO_DEREGISTER("To deregister");

    private final String label;

    RegStatus(String label) {
        this.label = label;
    }

    /** The manual's wording, as the Mobile devices list shows it. */
    public String label() {
        return label;
    }

    /**
     * What an admin may select from this status: To register ↔ Not registered; In registration → Not registered
     * (cancels); Registered → To deregister. To deregister waits for the DM.
     */
    public Set<RegStatus> adminTargets() {
        return switch (this) {
            case TO_REGISTER, REGISTERING -> EnumSet.of(NOT_REGISTERED);
            case NOT_REGISTERED -> EnumSet.of(TO_REGISTER);
            case REGISTERED -> EnumSet.of(TO_DEREGISTER);
            case TO_DEREGISTER -> EnumSet.noneOf(RegStatus.class);
        };
    }

    /** The admin's change from this status to {@code target}; selecting the current status changes nothing. */
    public RegStatus transitionTo(RegStatus target) {
        if (target == this || adminTargets().contains(target)) {
            return target;
        }
        String allowed = adminTargets().isEmpty()
                ? "none while the handset is being de-registered"
                : adminTargets().stream().map(RegStatus::label).collect(Collectors.joining(", "));
        throw new InvalidValueException("regStatus",
                "cannot change from " + label + " to " + target.label + "; allowed: " + allowed);
    }

    /** Statuses a new entry may start in. */
    public static Set<RegStatus> initial() {
        return EnumSet.of(TO_REGISTER, NOT_REGISTERED);
    }

    /** A label of the manual ("To register", "In registration", ...) or a code (TO_REGISTER), case-insensitive. */
    public static RegStatus parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String code = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (code) {
            case "TO_REGISTER" -> TO_REGISTER;
            case "NOT_REGISTERED" -> NOT_REGISTERED;
            case "REGISTERING", "IN_REGISTRATION" -> REGISTERING;
            case "REGISTERED" -> REGISTERED;
            case "TO_DEREGISTER", "TO_DE_REGISTER" -> TO_DEREGISTER;
            default -> throw new InvalidValueException(field, "must be one of "
                    + Arrays.stream(values()).map(RegStatus::label).collect(Collectors.joining(", ")));
        };
    }
}
