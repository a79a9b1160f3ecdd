package io.multicell.integrator.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real key pairs and self-signed certificates for the tests, made by the JDK's keytool. */
public final class TestCertificates {

    public record Generated(byte[] p12, String password, PrivateKey key, X509Certificate certificate) {

        public String certificatePem() {
            return pem("CERTIFICATE", der(certificate));
        }

        public String keyPem() {
            return pem("PRIVATE KEY", key.getEncoded());
        }
    }

    private TestCertificates() {
    }

    /** A key pair of {@code keyAlgorithm} (RSA or EC) with a certificate for CN={@code commonName}, valid 30 days from now. */
    public static Generated generate(String commonName, String keyAlgorithm) {
        try {
            Path dir = Files.createTempDirectory("test-cert");
            Path file = dir.resolve("c.p12");
            String password = "changeit";
            var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "web", "-keyalg", keyAlgorithm, "-validity", "30", "-dname", "CN=" + commonName,
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password));
            if (keyAlgorithm.equals("EC")) {
                command.addAll(List.of("-groupname", "secp256r1"));
            } else {
                command.addAll(List.of("-keysize", "2048"));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] p12 = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password.toCharArray());
            return new Generated(p12, password, (PrivateKey) store.getKey("web", password.toCharArray()),
                    (X509Certificate) store.getCertificate("web"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The PKCS#1 key inside an RSA key's PKCS#8 encoding: its last element, an OCTET STRING. */
    static byte[] pkcs1(PrivateKey rsa) {
        byte[] der = rsa.getEncoded();
        int at = 0;
        // SEQUENCE header
        at = skipHeader(der, at);
        // INTEGER version, SEQUENCE algorithm: skip both whole
        at = skipWhole(der, at);
        at = skipWhole(der, at);
        // OCTET STRING: its content is the PKCS#1 key
        int content = skipHeader(der, at);
        return Arrays.copyOfRange(der, content, der.length);
    }

    private static int skipHeader(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        return at + 2 + (first < 0x80 ? 0 : first & 0x7F);
    }

    private static int skipWhole(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        int length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            length = 0;
            for (int i = 0; i < (first & 0x7F); i++) {
                length = (length << 8) | (der[at + 2 + i] & 0xFF);
            }
            header = 2 + (first & 0x7F);
        }
        return at + header + length;
    }

    private static byte[] der(Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
