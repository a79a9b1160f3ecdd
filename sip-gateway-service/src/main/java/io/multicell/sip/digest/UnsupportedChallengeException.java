package io.multicell.sip.digest;

/** The server asks for a digest variant the gateway does not speak (e.g. MD5-sess, auth-int). */
public class UnsupportedChallengeException extends RuntimeException {

    public UnsupportedChallengeException(String message) {
        super(message);
    }
}
