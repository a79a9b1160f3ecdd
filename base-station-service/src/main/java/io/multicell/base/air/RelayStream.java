package io.multicell.base.air;

import io.multicell.core.identity.Ipui;
import java.net.InetSocketAddress;

/**
 * One VoiceRelay stream of the gateway: waits for RelayOpen, then feeds one bearer. Owned by the air thread.
 *
 * <p>A handover's relay leg is opened while the handset moves: RelayOpen may come before the DM's ExpectBearer
 * (AWAITING_BEARER: the stream waits for the reservation), and the bearer is fed from the moment the handset's bearer
 * stream arrives. RelayAccepted goes to the gateway then, not before: "accepted" means the handset hears this base.
 */
final class RelayStream {

    /** Where the stream is. */
    enum State {
        AWAITING_OPEN,
        /** Open for a call this base was not told to expect yet. */
        AWAITING_BEARER,
        OPEN,
        CLOSED
    }

    final RelayConnection connection;
    State state = State.AWAITING_OPEN;
    String callId;
    Ipui ipui;
    Bearer bearer;
    /** The gateway's voice socket for this call's uplink (RelayOpen.uplink_address); set with the open. */
    InetSocketAddress uplink;
    /** RelayAccepted was sent: the bearer was carried with this stream open. */
    boolean accepted;

    RelayStream(RelayConnection connection) {
        this.connection = connection;
    }
}
