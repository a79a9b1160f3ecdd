package io.multicell.integrator.system.network;

import io.multicell.core.InvalidValueException;

/**
 * An IPv4 address as the manual writes it: "four individual groups of numbers with decimal values from 0 to 255 that
 * are separated by a dot, e.g., 192.168.2.1".
 */
public record Ipv4Address(long bits) {

    public Ipv4Address {
        if (bits < 0 || bits > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a 32-bit address: " + bits);
        }
    }

    /** Parses a dotted quad, reporting a wrong value under {@code field}. Leading zeros are refused (octal confusion). */
    public static Ipv4Address parse(String field, String text) {
        String rule = "must be an IPv4 address of four numbers 0-255 separated by dots, e.g. 192.168.2.1";
        if (text == null) {
            throw new InvalidValueException(field, rule);
        }
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 4) {
            throw new InvalidValueException(field, rule);
        }
        long bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                throw new InvalidValueException(field, rule);
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                throw new InvalidValueException(field, rule);
            }
            bits = (bits << 8) | value;
        }
        return new Ipv4Address(bits);
    }

    /** An optional address: empty or blank text means "not configured". */
    public static Ipv4Address parseOptional(String field, String text) {
        return text == null || text.isBlank() ? null : parse(field, text);
    }

    @Override
    public String toString() {
        return ((bits >> 24) & 0xFF) + "." + ((bits >> 16) & 0xFF) + "." + ((bits >> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
