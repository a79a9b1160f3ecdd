package io.multicell.base.call;

/** Where the air side reports call events: up the control link to the DM. Must not block the caller. */
@FunctionalInterface
public interface CallEventSink {

    void report(CallEvent event);
}
