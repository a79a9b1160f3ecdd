package io.multicell.integrator.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Makes the self-signed certificate of the first start with the JDK's keytool (an EC P-256 key, valid ten years, for
 * localhost, 127.0.0.1 and this host's name). keytool ships with every JDK and JRE image; the alternatives were
 * BouncyCastle as a new dependency or the JDK's internal sun.security.x509 classes, closed on Java 17.
 */
final class SelfSignedCertificate {

    private static final long TIMEOUT_SECONDS = 60;

    private SelfSignedCertificate() {
    }

    static WebCertificate generate(String commonName) {
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("multicell-cert");
            Path file = dir.resolve("web.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "web", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650",
                    "-dname", "CN=" + commonName + ", O=Multicell", "-ext", "SAN=" + subjectAlternativeNames(),
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password, "-keypass", password)
                    .redirectErrorStream(true).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return WebCertificate.of(Files.readAllBytes(file), password, WebCertificate.Origin.SELF_SIGNED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the web security certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the web security certificate", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static String subjectAlternativeNames() {
        String names = "dns:localhost,ip:127.0.0.1";
        try {
            String host = InetAddress.getLocalHost().getHostName();
            if (host.matches("[A-Za-z0-9.-]+") && !host.equals("localhost")) {
                names += ",dns:" + host;
            }
        } catch (IOException unknownHost) {
            // localhost and 127.0.0.1 are enough for a machine without a resolvable name
        }
        return names;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind holds a key of a certificate that is also stored in the database
        }
    }
}
