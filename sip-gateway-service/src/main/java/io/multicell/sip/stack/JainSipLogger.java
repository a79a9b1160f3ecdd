package io.multicell.sip.stack;

import java.util.Properties;

import org.jboss.logging.Logger;

import gov.nist.core.StackLogger;

/**
 * jain-sip's stack log into Quarkus logging, category {@code gov.nist.javax.sip} (created by class name through the
 * stack property {@code gov.nist.javax.sip.STACK_LOGGER}), so that the stack follows the service's log settings.
 */
public class JainSipLogger implements StackLogger {

    private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip");

    @Override
    public void logStackTrace() {
        // Stack traces of the stack's own debugging are noise here.
    }

    @Override
    public void logStackTrace(int traceLevel) {
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.warn("SIP stack exception", ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message) {
        LOG.error(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isEnabled(Logger.Level.ERROR);
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel >= TRACE_TRACE) {
            return LOG.isTraceEnabled();
        }
        if (logLevel >= TRACE_INFO) {
            return LOG.isDebugEnabled();
        }
        if (logLevel >= TRACE_WARN) {
            return LOG.isEnabled(Logger.Level.WARN);
        }
        return LOG.isEnabled(Logger.Level.ERROR);
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.error(message, ex);
    }

    // The stack's TLS key store remarks concern a transport the gateway does not open.
    @Override
    public void logWarning(String message) {
        if (message.contains("TLS") || message.toLowerCase(java.util.Locale.ROOT).startsWith("using default")) {
            LOG.debug(message);
        } else {
            LOG.warn(message);
        }
    }

    // The stack's INFO lines are internals (thread priority, per-message source), not events of the gateway.
    @Override
    public void logInfo(String message) {
        LOG.debug(message);
    }

    @Override
    public void disableLogging() {
    }

    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
