package io.multicell.sip.media;

/** An SDP body the gateway cannot use: no audio stream, no address, a malformed line. */
public class InvalidSdpException extends RuntimeException {

    public InvalidSdpException(String message) {
        super(message);
    }
}
