package io.multicell.sip.stack;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;

/** Receives what the SIP endpoint gets that is not registration: requests, responses and timeouts of calls. */
public interface SipCallHandler {

    /** Any request but a REGISTER answer (INVITE, ACK, CANCEL, BYE, OPTIONS, ...). */
    void request(RequestEvent event, SipProviderHandle stack);

    /** A response to a request of a call (provisional ones included). */
    void response(ResponseEvent event);

    /** A client transaction of a call got no final response within 64 x T1. */
    void timeout(TimeoutEvent event);
}
