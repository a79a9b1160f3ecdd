package io.multicell.manager.subscription;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/** A handset's user authentication key. Immutable; toString shows only its length, so it never reaches a log. */
public final class Uak {

    private final byte[] bytes;

    public Uak(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a UAK has at least one byte");
        }
        this.bytes = bytes.clone();
    }

    /** A copy, for the key check and the database only. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uak other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Uak[" + bytes.length + " bytes]";
    }
}
