package io.multicell.core.access;

import io.multicell.core.identity.Ipui;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Key derivation and challenge-response of the access rights procedures, shared by the DM and the handsets.
 *
 * <p>Registration: both sides derive the user authentication key UAK = HKDF-SHA256(ikm = PIN, salt = RS,
 * info = "multicell-uak" || IPUI) and the handset proves it with RES = HMAC-SHA256(UAK, RAND || IPUI)[0..16).
 * Attach: the same RES over a fresh RAND proves the stored UAK. The PIN never crosses the air and the UAK
 * never leaves either side; neither may appear in logs.
 */
public final class AuthenticationKeys {

    public static final int RANDOM_BYTES = 16;
    public static final int RES_BYTES = 16;
    private static final int UAK_BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticationKeys() {
    }

    /** A fresh RS or RAND. */
    public static byte[] randomChallenge() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** UAK derived from the PIN and the DM's seed RS (RFC 5869 HKDF, one output block). */
    public static byte[] deriveUak(Pin pin, byte[] rs, Ipui ipui) {
        byte[] prk = hmac(rs, pin.digits().getBytes(StandardCharsets.US_ASCII));
        byte[] info = concat("multicell-uak".getBytes(StandardCharsets.US_ASCII), ipui.value().getBytes(StandardCharsets.US_ASCII));
        byte[] okm = hmac(prk, concat(info, new byte[] {1}));
        return Arrays.copyOf(okm, UAK_BYTES);
    }

    /** The handset's answer to RAND: proves it holds the UAK without revealing it. */
    public static byte[] response(byte[] uak, byte[] rand, Ipui ipui) {
        return Arrays.copyOf(hmac(uak, concat(rand, ipui.value().getBytes(StandardCharsets.US_ASCII))), RES_BYTES);
    }

    /** Constant-time check of a handset's answer. */
    public static boolean verify(byte[] uak, byte[] rand, Ipui ipui, byte[] res) {
        return res != null && MessageDigest.isEqual(response(uak, rand, ipui), res);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
