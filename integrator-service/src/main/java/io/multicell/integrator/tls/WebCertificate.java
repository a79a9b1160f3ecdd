package io.multicell.integrator.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;

/** The web security certificate: a PKCS#12 key store holding the private key and its certificate chain. */
public record WebCertificate(byte[] keyStore, String password, Origin origin, String subject, Instant notAfter) {

    public enum Origin { SELF_SIGNED, UPLOADED }

    /** Reads subject and expiry from the key store; refuses one without a private key. */
    public static WebCertificate of(byte[] keyStore, String password, Origin origin) {
        KeyStore store = load(keyStore, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate cert) {
                    return new WebCertificate(keyStore, password, origin, cert.getSubjectX500Principal().getName(),
                            cert.getNotAfter().toInstant());
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable key store: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the key store holds no private key with a certificate");
    }

    public KeyStore load() {
        return load(keyStore, password);
    }

    private static KeyStore load(byte[] bytes, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#12 key store, or wrong password: " + e.getMessage(), e);
        }
    }
}
