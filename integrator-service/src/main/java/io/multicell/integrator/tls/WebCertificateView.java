package io.multicell.integrator.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The web security certificate as the page and the API show it (never the key). */
@Schema(name = "WebCertificate")
public record WebCertificateView(
        @Schema(description = "SELF_SIGNED (made by the integrator) or UPLOADED", enumeration = {"SELF_SIGNED", "UPLOADED"}) String origin,
        String subject,
        String issuer,
        Instant notBefore,
        Instant notAfter,
        @Schema(description = "SHA-256 fingerprint of the certificate, as browsers show it") String sha256Fingerprint,
        @Schema(description = "When HTTPS serves it: from the next TLS handshake on, no restart needed",
                examples = "next TLS handshake") String served) {

    public static final String SERVED = "next TLS handshake";

    public static WebCertificateView of(WebCertificate certificate) {
        KeyStore store = certificate.load();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate cert) {
                    String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
                    return new WebCertificateView(certificate.origin().name(), cert.getSubjectX500Principal().getName(),
                            cert.getIssuerX500Principal().getName(), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                            fingerprint, SERVED);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored web security certificate cannot be read", e);
        }
        throw new IllegalStateException("The stored web security certificate has no key entry");
    }
}
