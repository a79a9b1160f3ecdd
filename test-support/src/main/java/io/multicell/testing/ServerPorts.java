package io.multicell.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a test's own servers that must be restarted on the same port (a fake DM the service redials).
 *
 * <p>A port from {@code new ServerSocket(0)} lies in Linux's ephemeral range (32768..60999): while its server is down,
 * an outgoing connection may take it as its local port, and a client redialling that very port can even connect to
 * itself (TCP simultaneous open). The restart then fails with "Address already in use". Ports below the range are only
 * ever taken by a listener.
 */
public final class ServerPorts {

    static final int FIRST = 20_000;
    static final int LAST = 32_000;

    private ServerPorts() {
    }

    /** A loopback TCP port in 20000..32000 that no socket holds now (checked without SO_REUSEADDR). */
    public static int freeBelowEphemeralRange() {
        var random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = random.nextInt(FIRST, LAST + 1);
            try (var socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free TCP port in " + FIRST + ".." + LAST + " after 500 attempts");
    }
}
