package io.multicell.manager.calls;

/** The DM's end of one SIP gateway's CallControl stream; written to only from the control loop. */
public interface GatewayLink {

    /** Sends a signal; a link that is already closed drops it. */
    void send(GatewaySignal signal);
}
