package io.multicell.sip.digest;

import java.util.List;
import java.util.Locale;

/**
 * A digest challenge of a 401 (WWW-Authenticate) or 407 (Proxy-Authenticate) response.
 *
 * @param algorithm as offered; empty means MD5
 * @param qopOptions the qop values offered ("auth", "auth-int"); empty for an RFC 2069 challenge
 * @param stale the server knew the credentials but the nonce had expired: answer again without counting a failure
 */
public record DigestChallenge(String realm, String nonce, String opaque, String algorithm, List<String> qopOptions, boolean stale) {

    public DigestChallenge {
        opaque = opaque == null ? "" : opaque;
        algorithm = algorithm == null ? "" : algorithm;
        qopOptions = List.copyOf(qopOptions);
    }

    /** Parses the qop list of a challenge ("auth,auth-int" or "auth"). */
    public static List<String> qopList(String qop) {
        if (qop == null || qop.isBlank()) {
            return List.of();
        }
        return List.of(qop.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
    }

    boolean offersAuth() {
        return qopOptions.contains(DigestAuthenticator.QOP_AUTH);
    }
}
