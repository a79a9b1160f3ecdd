package io.multicell.sip.kamailio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;

/** Free UDP ports on 127.0.0.1, so that tests never collide with a SIP server of the machine. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int udp() {
        try (var socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
