package io.multicell.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DigestAuthenticatorTest {

    private final DigestAuthenticator digest = new DigestAuthenticator();

    /** RFC 2617 section 3.5: the worked example, qop=auth. */
    private static final DigestChallenge RFC_2617_CHALLENGE = new DigestChallenge("testrealm@host.com",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093", "5ccc069c403ebaf9f0171e9517f40e41", "", List.of("auth", "auth-int"), false);

    @Test
    void answersTheRfc2617ExampleByteForByte() {
        var authorization = digest.authorize(RFC_2617_CHALLENGE, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", "0a4f113b", 1);

        assertThat(DigestAuthenticator.md5Hex("Mufasa:testrealm@host.com:Circle Of Life")).isEqualTo("939e7578ed9e3c518a452acee763bce9");
        assertThat(authorization.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
        assertThat(authorization.headerValue()).isEqualTo("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
                + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", qop=auth, nc=00000001, "
                + "cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
    }

    @Test
    void nonceCountIsSentAsEightHexDigits() {
        var authorization = digest.authorize(RFC_2617_CHALLENGE, "GET", "/dir/index.html", "Mufasa", "Circle Of Life", "0a4f113b", 26);

        assertThat(authorization.nc()).isEqualTo("0000001a");
        assertThat(authorization.headerValue()).contains("nc=0000001a");
        assertThat(authorization.response()).isNotEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void challengeWithoutQopIsAnsweredInTheRfc2069FormWithoutNcAndCnonce() {
        var challenge = new DigestChallenge("127.0.0.1", "4f6e6f6e6365", null, "MD5", List.of(), false);

        var authorization = digest.authorize(challenge, "REGISTER", "sip:127.0.0.1", "1001", "pw1001", "unused", 1);

        // MD5(MD5("1001:127.0.0.1:pw1001") ":" nonce ":" MD5("REGISTER:sip:127.0.0.1")), computed independently.
        assertThat(authorization.response()).isEqualTo("ff4e028aea6ac51b85e0586944d5f352");
        assertThat(authorization.headerValue()).isEqualTo("Digest username=\"1001\", realm=\"127.0.0.1\", nonce=\"4f6e6f6e6365\", "
                + "uri=\"sip:127.0.0.1\", response=\"ff4e028aea6ac51b85e0586944d5f352\", algorithm=MD5");
    }

    @Test
    void md5SessAndAuthIntOnlyAreRefused() {
        var sess = new DigestChallenge("r", "n", "", "MD5-sess", List.of("auth"), false);
        var authInt = new DigestChallenge("r", "n", "", "MD5", List.of("auth-int"), false);

        assertThatThrownBy(() -> digest.authorize(sess, "REGISTER", "sip:x", "u", "p", "c", 1))
                .isInstanceOf(UnsupportedChallengeException.class).hasMessageContaining("MD5-sess");
        assertThatThrownBy(() -> digest.authorize(authInt, "REGISTER", "sip:x", "u", "p", "c", 1))
                .isInstanceOf(UnsupportedChallengeException.class).hasMessageContaining("auth-int");
    }

    @Test
    void qopListOfAChallengeIsSplitAndLowerCased() {
        assertThat(DigestChallenge.qopList("auth, AUTH-INT")).containsExactly("auth", "auth-int");
        assertThat(DigestChallenge.qopList(null)).isEmpty();
    }
}
