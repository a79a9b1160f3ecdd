package io.multicell.base.link;

import io.multicell.base.call.CallEvent;
import io.multicell.core.identity.Ipui;
import java.util.Set;

/** The base's end of one open Connect stream; used only from the link's thread. */
public interface ControlStream {

    /** Sends a heartbeat up the stream with the air side's counters. */
    void heartbeat(long sequence, AirCounters counters);

    /** Reports a call event of the air interface. */
    void callEvent(CallEvent event);

    /** Tells the DM which handsets are attached here (after Hello, so a restarted DM relearns locations). */
    void attachedHandsets(Set<Ipui> ipuis);

    /** Ends the stream at once (no more commands are delivered for it). */
    void close();
}
