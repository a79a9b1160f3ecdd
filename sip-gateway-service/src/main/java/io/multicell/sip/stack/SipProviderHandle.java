package io.multicell.sip.stack;

import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

/** The open SIP stack as calls use it: the provider, the factories and the UDP port it listens on. */
public record SipProviderHandle(SipProvider provider, AddressFactory addresses, HeaderFactory headers, MessageFactory messages,
        int port) {
}
