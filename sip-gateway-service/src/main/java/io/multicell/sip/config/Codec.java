package io.multicell.sip.config;

import java.util.Arrays;
import java.util.Optional;

/** A voice codec a profile may activate, named as in the manual's Active codecs list. */
public enum Codec {
    G722,
    PCMA,
    PCMU,
    G729A;

    /** The codec of that exact name ("G722", "PCMA", "PCMU", "G729A"), if any. */
    public static Optional<Codec> named(String name) {
        return Arrays.stream(values()).filter(codec -> codec.name().equals(name)).findFirst();
    }
}
