package io.multicell.base.link;

/** What happens on one stream; called from transport threads. */
public interface StreamListener {

    void onCommand(DmCommand command);

    /** The stream ended; {@code cause} is null when the DM completed it normally. */
    void onClosed(Throwable cause);
}
