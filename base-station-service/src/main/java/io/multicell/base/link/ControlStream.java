package io.multicell.base.link;

import io.multicell.core.identity.Ipui;
import java.util.Set;

/** The base's end of one open Connect stream; used only from the link's thread. */
public interface ControlStream {

    /** Sends a heartbeat up the stream. */
    void heartbeat(long sequence);

    /** Tells the DM which handsets are attached here (after Hello, so a restarted DM relearns locations). */
    void attachedHandsets(Set<Ipui> ipuis);

    /** Ends the stream at once (no more commands are delivered for it). */
    void close();
}
