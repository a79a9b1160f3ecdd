package io.multicell.base.link;

/** The base's end of one open Connect stream; used only from the link's thread. */
public interface ControlStream {

    /** Sends a heartbeat up the stream. */
    void heartbeat(long sequence);

    /** Ends the stream at once (no more commands are delivered for it). */
    void close();
}
