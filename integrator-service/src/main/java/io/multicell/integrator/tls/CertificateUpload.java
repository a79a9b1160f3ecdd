package io.multicell.integrator.tls;

import io.multicell.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an uploaded web security certificate and makes the key store the HTTPS port serves: exactly one private key,
 * a certificate whose public key belongs to it, valid now (not expired, not valid only in the future); the rest of
 * the certificates become its chain.
 */
public final class CertificateUpload {

    private CertificateUpload() {
    }

    public static WebCertificate check(WebCertificateRequest request, Instant now) {
        if (request == null || (blank(request.pem()) && blank(request.pkcs12()))) {
            throw new InvalidValueException("pem", "is required: the certificate with its private key as PEM, or a PKCS#12 file");
        }
        if (!blank(request.pem()) && !blank(request.pkcs12())) {
            throw new InvalidValueException("pkcs12", "must not be given together with pem");
        }
        return blank(request.pem()) ? pkcs12(request, now) : pem(request, now);
    }

    private static WebCertificate pem(WebCertificateRequest request, Instant now) {
        PemKeys.Contents contents = PemKeys.read("pem", request.pem(), request.password());
        PrivateKey key = contents.key();
        if (!blank(request.privateKey())) {
            if (key != null) {
                throw new InvalidValueException("privateKey", "must not be given: pem holds a private key already");
            }
            key = PemKeys.read("privateKey", request.privateKey(), request.password()).key();
            if (key == null) {
                throw new InvalidValueException("privateKey", "must be a PEM private key (-----BEGIN PRIVATE KEY-----)");
            }
        }
        if (contents.certificates().isEmpty()) {
            throw new InvalidValueException("pem", "must hold the certificate (-----BEGIN CERTIFICATE-----)");
        }
        if (key == null) {
            throw new InvalidValueException("privateKey", "is required: the private key of the certificate");
        }
        return build(key, contents.certificates(), "pem", now);
    }

    private static WebCertificate pkcs12(WebCertificateRequest request, Instant now) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(request.pkcs12());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("pkcs12", "must be the PKCS#12 file in base64");
        }
        char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (IOException | GeneralSecurityException e) {
            if (e.getCause() instanceof javax.crypto.BadPaddingException || String.valueOf(e.getMessage()).contains("password")) {
                throw new InvalidValueException("password", "does not open the PKCS#12 file");
            }
            throw new InvalidValueException("pkcs12", "is not a PKCS#12 file, or the password does not open it");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                        var certificates = new ArrayList<X509Certificate>();
                        for (Certificate c : chain) {
                            certificates.add((X509Certificate) c);
                        }
                        return build(privateKey, certificates, "pkcs12", now);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidValueException("password", "does not open the private key of the PKCS#12 file");
        }
        throw new InvalidValueException("pkcs12", "must hold a private key with its certificate");
    }

    private static WebCertificate build(PrivateKey key, List<X509Certificate> certificates, String field, Instant now) {
        X509Certificate server = certificates.stream().filter(c -> belongsTo(key, c)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "has no certificate that matches the private key"));
        if (now.isAfter(server.getNotAfter().toInstant())) {
            throw new InvalidValueException(field, "has expired (valid until " + server.getNotAfter().toInstant() + ")");
        }
        if (now.isBefore(server.getNotBefore().toInstant())) {
            throw new InvalidValueException(field, "is not valid yet (valid from " + server.getNotBefore().toInstant() + ")");
        }
        var chain = new ArrayList<Certificate>();
        chain.add(server);
        certificates.stream().filter(c -> c != server).forEach(chain::add);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("web", key, password.toCharArray(), chain.toArray(Certificate[]::new));
            var out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return WebCertificate.of(out.toByteArray(), password, WebCertificate.Origin.UPLOADED);
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidValueException(field, "cannot be stored as a key store: " + e.getMessage());
        }
    }

    /** The key signs, the certificate's public key verifies: they are one pair (works for RSA and EC alike). */
    static boolean belongsTo(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
        if (algorithm == null || !key.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm())) {
            return false;
        }
        try {
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
