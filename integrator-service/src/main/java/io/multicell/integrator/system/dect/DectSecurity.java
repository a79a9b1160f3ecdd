package io.multicell.integrator.system.dect;

import io.multicell.core.InvalidValueException;

/**
 * The manual's "DECT security settings". The two enhanced options only make sense on encrypted radio traffic: early
 * encryption encrypts more of it, automatic release releases the encryption; with encryption off they are refused.
 */
public record DectSecurity(boolean dectEncryption, boolean earlyEncryptionAndReKeying, boolean automaticReleaseForNonEncryptedCalls) {

    public DectSecurity {
        if (!dectEncryption && earlyEncryptionAndReKeying) {
            throw new InvalidValueException("earlyEncryptionAndReKeying", "must be off while DECT encryption is off");
        }
        if (!dectEncryption && automaticReleaseForNonEncryptedCalls) {
            throw new InvalidValueException("automaticReleaseForNonEncryptedCalls", "must be off while DECT encryption is off");
        }
    }

    /** "DECT radio traffic between base stations and handsets is encrypted by default." */
    public static DectSecurity defaults() {
        return new DectSecurity(true, false, false);
    }
}
