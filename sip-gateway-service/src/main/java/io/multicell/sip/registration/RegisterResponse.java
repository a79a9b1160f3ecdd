package io.multicell.sip.registration;

import java.util.Optional;
import java.util.OptionalInt;

import io.multicell.sip.digest.DigestChallenge;

/**
 * The final response to a REGISTER, as registration needs it.
 *
 * @param grantedExpires the expiry the registrar granted our contact (Contact expires or Expires header)
 * @param challenge the digest challenge of a 401 or 407
 */
public record RegisterResponse(int statusCode, String reasonPhrase, OptionalInt grantedExpires, Optional<DigestChallenge> challenge) {

    public boolean success() {
        return statusCode >= 200 && statusCode < 300;
    }

    public boolean challengeFromProxy() {
        return statusCode == 407;
    }
}
