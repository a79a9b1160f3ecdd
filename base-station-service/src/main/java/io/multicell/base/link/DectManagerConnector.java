package io.multicell.base.link;

/** Opens control streams to the DECT manager; the only part of the link that knows the wire. */
public interface DectManagerConnector {

    /**
     * Opens a Connect stream and sends Hello for {@code identity} as its first report. Failures to reach the DM are
     * reported through {@link StreamListener#onClosed}, or thrown when the stream cannot even be created.
     */
    ControlStream open(BaseIdentity identity, StreamListener listener);

    /** Where the DM is, for logs and health ("127.0.0.1:9081"). */
    String target();
}
