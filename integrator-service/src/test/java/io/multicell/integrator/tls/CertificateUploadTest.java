package io.multicell.integrator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The rules of an uploaded web security certificate, with real keys and certificates. */
class CertificateUploadTest {

    static final TestCertificates.Generated RSA = TestCertificates.generate("pbx.example.com", "RSA");
    static final TestCertificates.Generated EC = TestCertificates.generate("dect.example.com", "EC");
    static final Instant NOW = Instant.now();

    @Test
    void aPemWithCertificateAndKeyBecomesTheUploadedKeyStore() {
        WebCertificate stored = CertificateUpload.check(new WebCertificateRequest(RSA.certificatePem() + RSA.keyPem(), null, null, null), NOW);

        assertThat(stored.origin()).isEqualTo(WebCertificate.Origin.UPLOADED);
        assertThat(stored.subject()).isEqualTo("CN=pbx.example.com");
        assertThat(stored.notAfter()).isEqualTo(RSA.certificate().getNotAfter().toInstant());
        assertThat(WebCertificateView.of(stored).issuer()).isEqualTo("CN=pbx.example.com");
    }

    @Test
    void theKeyMayComeInAFileOfItsOwnAndInTheOlderRsaAndEncryptedForms() throws Exception {
        assertThat(CertificateUpload.check(new WebCertificateRequest(EC.certificatePem(), EC.keyPem(), null, null), NOW).subject())
                .isEqualTo("CN=dect.example.com");
        String pkcs1 = TestCertificates.pem("RSA PRIVATE KEY", TestCertificates.pkcs1(RSA.key()));
        assertThat(CertificateUpload.check(new WebCertificateRequest(RSA.certificatePem(), pkcs1, null, null), NOW).subject())
                .isEqualTo("CN=pbx.example.com");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl makes the encrypted key");
        String encrypted = encryptedWithOpenssl(EC.keyPem(), "s3cret");
        assertThat(encrypted).contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(CertificateUpload.check(new WebCertificateRequest(EC.certificatePem() + encrypted, null, null, "s3cret"), NOW)
                .subject()).isEqualTo("CN=dect.example.com");
        refused(new WebCertificateRequest(EC.certificatePem() + encrypted, null, null, "wrong"), NOW, "password", "does not decrypt");
        refused(new WebCertificateRequest(EC.certificatePem() + encrypted, null, null, null), NOW, "password", "is required");
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefused() {
        refused(new WebCertificateRequest(RSA.certificatePem() + EC.keyPem(), null, null, null), NOW, "pem",
                "has no certificate that matches the private key");
        TestCertificates.Generated other = TestCertificates.generate("other", "RSA");
        refused(new WebCertificateRequest(RSA.certificatePem(), other.keyPem(), null, null), NOW, "pem",
                "has no certificate that matches the private key");
    }

    @Test
    void anExpiredOrNotYetValidCertificateIsRefused() {
        Instant after = RSA.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1));
        refused(new WebCertificateRequest(RSA.certificatePem() + RSA.keyPem(), null, null, null), after, "pem", "has expired");
        Instant before = RSA.certificate().getNotBefore().toInstant().minus(Duration.ofDays(1));
        refused(new WebCertificateRequest(RSA.certificatePem() + RSA.keyPem(), null, null, null), before, "pem", "is not valid yet");
    }

    @Test
    void aPkcs12FileIsOpenedWithTheWebSecurityPassword() {
        String p12 = Base64.getEncoder().encodeToString(EC.p12());
        assertThat(CertificateUpload.check(new WebCertificateRequest(null, null, p12, EC.password()), NOW).subject())
                .isEqualTo("CN=dect.example.com");
        refused(new WebCertificateRequest(null, null, p12, "wrong"), NOW, "password", "does not open");
        refused(new WebCertificateRequest(null, null, Base64.getEncoder().encodeToString("not a p12".getBytes()), "x"), NOW,
                "pkcs12", "is not a PKCS#12 file");
    }

    @Test
    void missingOrDoublePartsAreNamed() {
        refused(new WebCertificateRequest(null, null, null, null), NOW, "pem", "is required");
        refused(new WebCertificateRequest(RSA.certificatePem(), null, "AAAA", null), NOW, "pkcs12", "must not be given together");
        refused(new WebCertificateRequest(RSA.certificatePem(), null, null, null), NOW, "privateKey", "is required");
        refused(new WebCertificateRequest(RSA.keyPem(), null, null, null), NOW, "pem", "must hold the certificate");
        refused(new WebCertificateRequest(RSA.certificatePem() + RSA.keyPem(), RSA.keyPem(), null, null), NOW, "privateKey",
                "must not be given");
        refused(new WebCertificateRequest("-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----", null, null, null), NOW,
                "pem", "holds a certificate that cannot be read");
    }

    private static void refused(WebCertificateRequest request, Instant now, String field, String rule) {
        assertThatThrownBy(() -> CertificateUpload.check(request, now))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.rule()).startsWith(rule);
                });
    }

    /** PKCS#8 encrypted with PBES2 (PBKDF2 + AES-256-CBC) by "openssl pkcs8 -topk8", as admins make them. */
    private static String encryptedWithOpenssl(String keyPem, String password) throws Exception {
        Process openssl = new ProcessBuilder("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:" + password)
                .start();
        openssl.getOutputStream().write(keyPem.getBytes(StandardCharsets.US_ASCII));
        openssl.getOutputStream().close();
        String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(openssl.waitFor()).as("openssl exit code").isZero();
        return out;
    }
}
