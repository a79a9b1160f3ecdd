package io.multicell.base.air;

/** Transport events of one handset's air stream; called from transport threads, handled on the air thread. */
public interface HandsetStreamListener {

    void onUplink(Uplink message);

    /** A message the base cannot read (e.g. a malformed IPUI): the stream is rejected. */
    void onInvalid(String field, String rule);

    /** The handset ended the stream, or it broke. */
    void onEnded();
}
