package io.multicell.core.voice;

import java.net.DatagramSocket;
import java.net.SocketException;

/**
 * The receive buffer of a voice socket. One socket takes the voice of every call of its process (5 000 datagrams a
 * second at 100 calls): the kernel's default buffer (about 200 KB, a few hundred datagrams with their overhead) fills
 * while the receiving JVM is off the CPU for a few tens of milliseconds, and every datagram beyond is a lost frame
 * (bench-handovers counted them as the kernel's UDP RcvbufErrors). Two seconds of voice at 100 calls fit in 2 MiB.
 */
public final class VoiceSocketBuffers {

    /** What each voice socket asks for. Linux grants at most net.core.rmem_max (doubled for its bookkeeping). */
    public static final int RECEIVE_BUFFER_BYTES = 2 * 1024 * 1024;

    private VoiceSocketBuffers() {
    }

    /**
     * Asks for {@link #RECEIVE_BUFFER_BYTES} and tells what was granted.
     *
     * @return the receive buffer the socket has now, as the system reports it
     */
    public static int enlarge(DatagramSocket socket) throws SocketException {
        socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
        return socket.getReceiveBufferSize();
    }

    /** True when the system granted less than was asked for (raise net.core.rmem_max). */
    public static boolean cappedAt(int granted) {
        return granted < RECEIVE_BUFFER_BYTES;
    }
}
