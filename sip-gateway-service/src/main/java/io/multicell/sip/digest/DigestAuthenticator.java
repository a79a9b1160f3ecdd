package io.multicell.sip.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP digest authentication as SIP uses it (RFC 2617, RFC 3261 22.4): MD5, with qop=auth when the server
 * offers it and the RFC 2069 form when it offers no qop. MD5-sess and auth-int are refused.
 */
public final class DigestAuthenticator {

    static final String QOP_AUTH = "auth";
    private static final String MD5 = "MD5";

    /**
     * Answers a challenge.
     *
     * @param cnonce client nonce (any unguessable token; used only with qop)
     * @param nonceCount how many requests, this one included, answered this nonce (1 for a fresh challenge)
     * @throws UnsupportedChallengeException for an algorithm other than MD5 or a qop other than auth
     */
    public DigestAuthorization authorize(DigestChallenge challenge, String method, String uri, String username,
            String password, String cnonce, int nonceCount) {
        if (!challenge.algorithm().isEmpty() && !challenge.algorithm().equalsIgnoreCase(MD5)) {
            throw new UnsupportedChallengeException("digest algorithm " + challenge.algorithm() + " is not supported (MD5 only)");
        }
        if (!challenge.qopOptions().isEmpty() && !challenge.offersAuth()) {
            throw new UnsupportedChallengeException("digest qop " + challenge.qopOptions() + " is not supported (auth only)");
        }
        String ha1 = md5Hex(username + ":" + challenge.realm() + ":" + password);
        String ha2 = md5Hex(method + ":" + uri);
        String qop = challenge.offersAuth() ? QOP_AUTH : "";
        var authorization = new DigestAuthorization(username, challenge.realm(), challenge.nonce(), uri, "",
                challenge.algorithm(), challenge.opaque(), qop, qop.isEmpty() ? "" : cnonce, nonceCount);
        String response = qop.isEmpty()
                ? md5Hex(ha1 + ":" + challenge.nonce() + ":" + ha2)
                : md5Hex(ha1 + ":" + challenge.nonce() + ":" + authorization.nc() + ":" + cnonce + ":" + qop + ":" + ha2);
        return new DigestAuthorization(username, challenge.realm(), challenge.nonce(), uri, response,
                challenge.algorithm(), challenge.opaque(), qop, authorization.cnonce(), nonceCount);
    }

    static String md5Hex(String text) {
        try {
            var md5 = MessageDigest.getInstance(MD5);
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
