package io.multicell.integrator.tls;

import io.multicell.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the certificates and the private key of PEM text as openssl and the usual CAs write them: CERTIFICATE blocks,
 * and one key as PRIVATE KEY (PKCS#8), ENCRYPTED PRIVATE KEY (PKCS#8 with a password), RSA PRIVATE KEY (PKCS#1) or
 * EC PRIVATE KEY (SEC1). The last two are wrapped into PKCS#8 here, which is all the JDK reads.
 */
final class PemKeys {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0D, 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D,
            0x01, 0x01, 0x01, 0x05, 0x00};
    private static final byte[] EC_PUBLIC_KEY_OID = {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01};

    /** What a PEM text holds; {@code key} null when it has none. */
    record Contents(List<X509Certificate> certificates, PrivateKey key) {
    }

    private PemKeys() {
    }

    static Contents read(String field, String pem, String password) {
        var certificates = new ArrayList<X509Certificate>();
        PrivateKey key = null;
        Matcher block = BLOCK.matcher(pem == null ? "" : pem);
        while (block.find()) {
            String type = block.group(1);
            String body = block.group(2);
            if (type.equals("CERTIFICATE")) {
                certificates.add(certificate(field, body));
                continue;
            }
            if (!type.endsWith("PRIVATE KEY")) {
                continue;
            }
            if (key != null) {
                throw new InvalidValueException(field, "must hold one private key, not several");
            }
            if (body.contains("Proc-Type:")) {
                throw new InvalidValueException(field, "holds a key encrypted the legacy OpenSSL way; convert it with "
                        + "\"openssl pkcs8 -topk8\" or upload a PKCS#12 file");
            }
            byte[] der = decode(field, body);
            key = switch (type) {
                case "PRIVATE KEY" -> pkcs8(field, der);
                case "ENCRYPTED PRIVATE KEY" -> encrypted(field, der, password);
                case "RSA PRIVATE KEY" -> pkcs8(field, sequence(concat(new byte[]{0x02, 0x01, 0x00}, RSA_ALGORITHM, octets(der))));
                case "EC PRIVATE KEY" -> pkcs8(field, sequence(concat(new byte[]{0x02, 0x01, 0x00},
                        sequence(concat(EC_PUBLIC_KEY_OID, curveOf(field, der))), octets(der))));
                default -> throw new InvalidValueException(field, "holds a " + type + ", which is not a supported private key");
            };
        }
        return new Contents(certificates, key);
    }

    private static X509Certificate certificate(String field, String body) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(decode(field, body)));
        } catch (CertificateException e) {
            throw new InvalidValueException(field, "holds a certificate that cannot be read: " + e.getMessage());
        }
    }

    private static PrivateKey pkcs8(String field, byte[] der) {
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new InvalidValueException(field, "holds a private key that is neither RSA nor EC, or is damaged");
    }

    private static PrivateKey encrypted(String field, byte[] der, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException("password", "is required: the private key is encrypted");
        }
        try {
            var info = new EncryptedPrivateKeyInfo(der);
            // For PBES2 the cipher is named by the parameters ("PBEWithHmacSHA256AndAES_256"), not by the OID name.
            String algorithm = info.getAlgParameters() == null ? info.getAlgName() : info.getAlgParameters().toString();
            var secret = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password.toCharArray()));
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, secret, info.getAlgParameters());
            return pkcs8(field, info.getKeySpec(cipher).getEncoded());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new InvalidValueException("password", "does not decrypt the private key");
        }
    }

    /** The named curve of a SEC1 key: SEQUENCE { version, privateKey OCTET STRING, [0] OID, [1] public key }. */
    private static byte[] curveOf(String field, byte[] sec1) {
        int[] at = {0};
        expect(field, sec1, at, 0x30);
        length(sec1, at);
        while (at[0] < sec1.length) {
            int tag = sec1[at[0]++] & 0xFF;
            int length = length(sec1, at);
            if (tag == 0xA0) {
                byte[] oid = new byte[length];
                System.arraycopy(sec1, at[0], oid, 0, length);
                return oid;
            }
            at[0] += length;
        }
        throw new InvalidValueException(field, "holds an EC private key without its named curve");
    }

    private static void expect(String field, byte[] der, int[] at, int tag) {
        if (der.length == 0 || (der[at[0]++] & 0xFF) != tag) {
            throw new InvalidValueException(field, "holds a private key that is damaged");
        }
    }

    private static int length(byte[] der, int[] at) {
        int first = der[at[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7F); i++) {
            length = (length << 8) | (der[at[0]++] & 0xFF);
        }
        return length;
    }

    private static byte[] sequence(byte[] content) {
        return tlv(0x30, content);
    }

    private static byte[] octets(byte[] content) {
        return tlv(0x04, content);
    }

    private static byte[] tlv(int tag, byte[] content) {
        var out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n & 0xFF);
        } else {
            out.write(0x83);
            out.write(n >> 16);
            out.write((n >> 8) & 0xFF);
            out.write(n & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] decode(String field, String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "holds a PEM block that is not valid base64");
        }
    }
}
