package io.multicell.integrator.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, in memory only, the last password that matched each user's current bcrypt hash, as a SHA-256 of hash and
 * password. HTTP Basic sends the password with every API request and bcrypt is slow on purpose (tens of
 * milliseconds); without this, automation calling the API in a loop would spend its time hashing. A wrong password
 * still goes through bcrypt and the throttle; a changed hash no longer matches what is remembered.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

    public boolean known(WebUser user, String password) {
        byte[] remembered = verified.get(user.name());
        return remembered != null && MessageDigest.isEqual(remembered, digest(user.passwordHash(), password));
    }

    public void remember(WebUser user, String password) {
        verified.put(user.name(), digest(user.passwordHash(), password));
    }

    public void forget(String user) {
        verified.remove(user);
    }

    private static byte[] digest(String hash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(hash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
