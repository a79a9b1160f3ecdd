package io.multicell.base.air;

import java.net.InetSocketAddress;

/** One VoiceRelay stream of the gateway: waits for RelayOpen, then feeds one bearer. Owned by the air thread. */
final class RelayStream {

    /** Where the stream is. */
    enum State {
        AWAITING_OPEN,
        OPEN,
        CLOSED
    }

    final RelayConnection connection;
    State state = State.AWAITING_OPEN;
    Bearer bearer;
    /** The gateway's voice socket for this call's uplink (RelayOpen.uplink_address); set with the open. */
    InetSocketAddress uplink;

    RelayStream(RelayConnection connection) {
        this.connection = connection;
    }
}
