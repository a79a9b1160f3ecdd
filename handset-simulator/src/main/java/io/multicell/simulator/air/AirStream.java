package io.multicell.simulator.air;

/** One open air stream of a handset to a base; used only from the engine thread. */
public interface AirStream {

    /** Sends a message up; a stream that already ended drops it. */
    void send(Uplink message);

    /** The handset leaves the base: the stream ends at once and no more events are delivered for it. */
    void close();
}
