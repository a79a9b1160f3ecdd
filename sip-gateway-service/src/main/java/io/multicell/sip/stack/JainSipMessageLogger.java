package io.multicell.sip.stack;

import java.util.Properties;

import javax.sip.SipStack;

import org.jboss.logging.Logger;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;

/** Every SIP message sent or received, at DEBUG in category {@code io.multicell.sip.wire} (off by default). */
public class JainSipMessageLogger implements ServerLogger {

    private static final Logger LOG = Logger.getLogger("io.multicell.sip.wire");

    @Override
    public void closeLogFile() {
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s -> %s%n%s", sender ? "sent" : "received", from, to, message.encode());
        }
    }

    @Override
    public void logException(Exception ex) {
        LOG.debug("SIP message exception", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public void setSipStack(SipStack sipStack) {
    }
}
