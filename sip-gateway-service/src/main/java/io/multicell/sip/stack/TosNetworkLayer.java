package io.multicell.sip.stack;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;

/**
 * jain-sip's network layer with the SIP ToS/DiffServ applied: every socket the stack opens gets IP traffic class
 * DSCP &lt;&lt; 2 (DSCP 34 = AF41 gives 0x88). jain-sip creates it by class name (stack property
 * {@code gov.nist.javax.sip.NETWORK_LAYER}); the DSCP comes from the stack property {@value #DSCP_PROPERTY}.
 */
public class TosNetworkLayer implements NetworkLayer {

    static final String DSCP_PROPERTY = "io.multicell.sip.DSCP";

    private final NetworkLayer delegate = DefaultNetworkLayer.SINGLETON;
    private volatile int trafficClass;

    /** IP traffic class (the old ToS byte) of a DiffServ code point: the DSCP fills its upper six bits. */
    public static int trafficClassOf(int dscp) {
        return (dscp & 0x3f) << 2;
    }

    @Override
    public void setSipStack(SipStackImpl sipStack) {
        delegate.setSipStack(sipStack);
        String dscp = sipStack.getConfigurationProperties().getProperty(DSCP_PROPERTY, "0");
        trafficClass = trafficClassOf(Integer.parseInt(dscp));
    }

    @Override
    public DatagramSocket createDatagramSocket() throws SocketException {
        return marked(delegate.createDatagramSocket());
    }

    @Override
    public DatagramSocket createDatagramSocket(int port, InetAddress laddr) throws SocketException {
        return marked(delegate.createDatagramSocket(port, laddr));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return delegate.createServerSocket(port, backlog, bindAddress);
    }

    @Override
    public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress) throws IOException {
        return delegate.createSSLServerSocket(port, backlog, bindAddress);
    }

    @Override
    public Socket createSocket(InetAddress address, int port) throws IOException {
        return marked(delegate.createSocket(address, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
        return marked(delegate.createSocket(address, port, myAddress));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort) throws IOException {
        return marked(delegate.createSocket(address, port, myAddress, myPort));
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
        return marked(delegate.createSSLSocket(address, port));
    }

    @Override
    public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress) throws IOException {
        return marked(delegate.createSSLSocket(address, port, myAddress));
    }

    private DatagramSocket marked(DatagramSocket socket) throws SocketException {
        socket.setTrafficClass(trafficClass);
        return socket;
    }

    private <S extends Socket> S marked(S socket) throws SocketException {
        socket.setTrafficClass(trafficClass);
        return socket;
    }
}
