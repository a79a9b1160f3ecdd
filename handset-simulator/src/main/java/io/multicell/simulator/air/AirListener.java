package io.multicell.simulator.air;

/** What happens on one air stream; called from transport threads. */
public interface AirListener {

    void onDownlink(Downlink message);

    /** The base ended the stream, or it broke (base gone, connection refused). */
    void onEnded(String reason);
}
