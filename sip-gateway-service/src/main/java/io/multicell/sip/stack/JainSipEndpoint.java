package io.multicell.sip.stack;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.jboss.logging.Logger;

import io.multicell.sip.config.HostPort;
import io.multicell.sip.digest.DigestChallenge;
import io.multicell.sip.registration.LocalEndpoint;
import io.multicell.sip.registration.RegisterAttempt;
import io.multicell.sip.registration.RegisterResponse;
import io.multicell.sip.registration.RegisterTransport;

/**
 * The gateway's SIP endpoint on jain-sip (NIST reference implementation): one UDP listening point on the configured
 * address and port, REGISTER client transactions with the configured T1; everything else (requests, responses and
 * timeouts of calls) goes to the {@link SipCallHandler} once one is set (until then: 200 to OPTIONS, 480 to anything
 * else). The stack is (re)opened when the local endpoint changes and lazily when a request must leave.
 */
public final class JainSipEndpoint implements RegisterTransport, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JainSipEndpoint.class);
    private static final String UDP = ListeningPoint.UDP;
    private static final String USER_AGENT = "multicell-sip-gateway";
    private static final AtomicInteger STACKS = new AtomicInteger();

    private LocalEndpoint endpoint;
    private Open open;
    private volatile SipCallHandler callHandler;

    /** A running stack with its factories. */
    private record Open(SipStack stack, SipProvider provider, ListeningPoint listeningPoint, AddressFactory addresses,
            HeaderFactory headers, MessageFactory messages) {
    }

    /** What a client transaction carries so that its answer finds the account. */
    private record Pending(RegisterAttempt attempt, Listener listener, String localHost, int localPort) {
    }

    @Override
    public synchronized boolean configure(LocalEndpoint next) {
        if (next.equals(endpoint)) {
            return false;
        }
        closeStack();
        endpoint = next;
        try {
            ensureOpen();
        } catch (SendFailedException e) {
            // Registration reports it per account and retries at the failed-registration retry timer.
            LOG.errorf("SIP endpoint %s not available: %s", describe(next), e.getMessage());
        }
        return true;
    }

    /** Calls get every request and every answer that is not registration's from now on. */
    public void setCallHandler(SipCallHandler handler) {
        this.callHandler = handler;
    }

    /** The open stack (opened now if a local endpoint is configured). */
    public Optional<SipProviderHandle> stack() {
        synchronized (this) {
            try {
                var stack = ensureOpen();
                return Optional.of(handle(stack));
            } catch (SendFailedException e) {
                return Optional.empty();
            }
        }
    }

    /** The local endpoint in force, if configured. */
    public synchronized Optional<LocalEndpoint> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** Host for Via, Contact and SDP towards this server: the advertised address, or the local address routed to it. */
    public String localHostTowards(HostPort nextHop) {
        try {
            return localHost(nextHop);
        } catch (IOException | RuntimeException e) {
            LOG.debugf("no route to %s to learn the local address: %s", nextHop, e.getMessage());
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    private static SipProviderHandle handle(Open stack) {
        return new SipProviderHandle(stack.provider(), stack.addresses(), stack.headers(), stack.messages(),
                stack.listeningPoint().getPort());
    }

    /** "udp:host:port" of the open listening point, if open. */
    public synchronized Optional<String> listening() {
        return Optional.ofNullable(open).map(o -> describe(endpoint));
    }

    @Override
    public void send(RegisterAttempt attempt, Listener listener) throws SendFailedException {
        Open stack;
        synchronized (this) {
            stack = ensureOpen();
        }
        try {
            String localHost = localHost(attempt.nextHop());
            int localPort = stack.listeningPoint().getPort();
            Request request = register(stack, attempt, localHost, localPort);
            ClientTransaction transaction = stack.provider().getNewClientTransaction(request);
            transaction.setRetransmitTimer(attempt.t1Ms());
            transaction.setApplicationData(new Pending(attempt, listener, localHost, localPort));
            transaction.sendRequest();
        } catch (SipException | java.text.ParseException | javax.sip.InvalidArgumentException | IOException | RuntimeException e) {
            throw new SendFailedException(describeCause(e), e);
        }
    }

    private Request register(Open stack, RegisterAttempt attempt, String localHost, int localPort)
            throws java.text.ParseException, javax.sip.InvalidArgumentException {
        AddressFactory addresses = stack.addresses();
        HeaderFactory headers = stack.headers();
        SipURI requestUri = addresses.createSipURI(null, attempt.domain());
        SipURI aor = addresses.createSipURI(attempt.username(), attempt.domain());
        Address fromAddress = addresses.createAddress(aor);
        Address toAddress = addresses.createAddress(aor);
        if (!attempt.displayName().isEmpty()) {
            fromAddress.setDisplayName(attempt.displayName());
            toAddress.setDisplayName(attempt.displayName());
        }
        var via = headers.createViaHeader(localHost, localPort, UDP, null);
        via.setRPort();
        Request request = stack.messages().createRequest(requestUri, Request.REGISTER,
                headers.createCallIdHeader(attempt.callId()),
                headers.createCSeqHeader(attempt.cseq(), Request.REGISTER),
                headers.createFromHeader(fromAddress, attempt.fromTag()),
                headers.createToHeader(toAddress, null),
                List.of(via),
                headers.createMaxForwardsHeader(70));
        SipURI contactUri = addresses.createSipURI(attempt.username(), localHost);
        contactUri.setPort(localPort);
        request.addHeader(headers.createContactHeader(addresses.createAddress(contactUri)));
        request.addHeader(headers.createExpiresHeader(attempt.expiresSeconds()));
        request.addHeader(headers.createUserAgentHeader(List.of(USER_AGENT)));
        // The proxy, failover or outbound proxy is the first hop: a pre-loaded loose route (RFC 3261 8.1.2).
        SipURI route = addresses.createSipURI(null, attempt.nextHop().host());
        route.setPort(attempt.nextHop().port());
        route.setLrParam();
        request.addHeader(headers.createRouteHeader(addresses.createAddress(route)));
        if (attempt.authorization().isPresent()) {
            var credentials = attempt.authorization().get();
            request.addHeader(headers.createHeader(credentials.headerName(), credentials.headerValue()));
        }
        return request;
    }

    // Via and Contact must name an address the server can reach us on: never the wildcard we may be bound to.
    private String localHost(HostPort nextHop) throws IOException {
        LocalEndpoint current;
        synchronized (this) {
            current = endpoint;
        }
        if (current.advertisedHost().isPresent()) {
            return current.advertisedHost().get();
        }
        InetAddress bound = InetAddress.getByName(current.bindAddress());
        if (!bound.isAnyLocalAddress()) {
            return bound.getHostAddress();
        }
        try (var probe = new DatagramSocket()) {
            probe.connect(InetAddress.getByName(nextHop.host()), nextHop.port());
            return probe.getLocalAddress().getHostAddress();
        }
    }

    private Open ensureOpen() throws SendFailedException {
        if (open != null) {
            return open;
        }
        if (endpoint == null) {
            throw new SendFailedException("no SIP endpoint configured yet", null);
        }
        var properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "multicell-sip-" + STACKS.incrementAndGet());
        properties.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", JainSipLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JainSipMessageLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.NETWORK_LAYER", TosNetworkLayer.class.getName());
        properties.setProperty(TosNetworkLayer.DSCP_PROPERTY, String.valueOf(endpoint.sipDscp()));
        properties.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", "65536");
        // One thread takes the received messages in order: a 180 closely followed by a 200 must not overtake it.
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        SipStack stack = null;
        try {
            var factory = SipFactory.getInstance();
            factory.setPathName("gov.nist");
            stack = factory.createSipStack(properties);
            var listeningPoint = stack.createListeningPoint(endpoint.bindAddress(), endpoint.port(), UDP);
            var provider = stack.createSipProvider(listeningPoint);
            provider.addSipListener(new Dispatcher());
            open = new Open(stack, provider, listeningPoint, factory.createAddressFactory(), factory.createHeaderFactory(),
                    factory.createMessageFactory());
            stack.start();
            LOG.infof("SIP endpoint listening on %s (SIP DSCP %d, IP traffic class 0x%02x)", describe(endpoint),
                    endpoint.sipDscp(), TosNetworkLayer.trafficClassOf(endpoint.sipDscp()));
            return open;
        } catch (javax.sip.InvalidArgumentException | TooManyListenersException | SipException | RuntimeException e) {
            if (stack != null) {
                stack.stop();
            }
            open = null;
            throw new SendFailedException("cannot listen on " + describe(endpoint) + ": " + describeCause(e), e);
        }
    }

    private void closeStack() {
        if (open == null) {
            return;
        }
        var closing = open;
        open = null;
        try {
            closing.stack().deleteSipProvider(closing.provider());
            closing.stack().deleteListeningPoint(closing.listeningPoint());
        } catch (javax.sip.ObjectInUseException e) {
            LOG.debug("SIP provider still in use while closing", e);
        }
        closing.stack().stop();
        LOG.infof("SIP endpoint %s closed", describe(endpoint));
    }

    @Override
    public synchronized void close() {
        closeStack();
    }

    private static String describe(LocalEndpoint endpoint) {
        return "udp:" + endpoint.bindAddress() + ":" + endpoint.port();
    }

    private static String describeCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getClass().getSimpleName() + ": " + message;
    }

    static RegisterResponse toRegisterResponse(Response response, String username, String localHost, int localPort) {
        int code = response.getStatusCode();
        Optional<DigestChallenge> challenge = Optional.empty();
        var header = (WWWAuthenticateHeader) response.getHeader(code == 407 ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        if ((code == 401 || code == 407) && header != null && "Digest".equalsIgnoreCase(header.getScheme())) {
            challenge = Optional.of(new DigestChallenge(header.getRealm(), header.getNonce(), header.getOpaque(),
                    header.getAlgorithm(), DigestChallenge.qopList(header.getQop()), header.isStale()));
        }
        return new RegisterResponse(code, response.getReasonPhrase(), grantedExpires(response, username, localHost, localPort), challenge);
    }

    // The registrar lists every binding of the AoR; ours is the one with our user, host and port.
    private static OptionalInt grantedExpires(Response response, String username, String localHost, int localPort) {
        ListIterator<Header> contacts = response.getHeaders(ContactHeader.NAME);
        while (contacts != null && contacts.hasNext()) {
            var contact = (ContactHeader) contacts.next();
            if (contact.getAddress().getURI() instanceof SipURI uri && username.equals(uri.getUser())
                    && localHost.equals(uri.getHost()) && localPort == uri.getPort() && contact.getExpires() >= 0) {
                return OptionalInt.of(contact.getExpires());
            }
        }
        var expires = (ExpiresHeader) response.getHeader(ExpiresHeader.NAME);
        return expires == null ? OptionalInt.empty() : OptionalInt.of(expires.getExpires());
    }

    private static boolean isRegister(Response response) {
        var cseq = (javax.sip.header.CSeqHeader) response.getHeader(javax.sip.header.CSeqHeader.NAME);
        return cseq != null && Request.REGISTER.equals(cseq.getMethod());
    }

    /** Hands the stack's events to the account whose transaction it is, or to calls. */
    private final class Dispatcher implements SipListener {

        @Override
        public void processResponse(ResponseEvent event) {
            ClientTransaction transaction = event.getClientTransaction();
            if (transaction == null || !(transaction.getApplicationData() instanceof Pending pending)) {
                var calls = callHandler;
                if (calls != null && !isRegister(event.getResponse())) {
                    calls.response(event);
                } else {
                    LOG.debugf("stray response %d dropped", event.getResponse().getStatusCode());
                }
                return;
            }
            Response response = event.getResponse();
            if (response.getStatusCode() < 200) {
                return;
            }
            pending.listener().onResponse(pending.attempt().attemptId(),
                    toRegisterResponse(response, pending.attempt().username(), pending.localHost(), pending.localPort()));
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
            if (event.isServerTransaction()) {
                return;
            }
            if (event.getClientTransaction().getApplicationData() instanceof Pending pending) {
                pending.listener().onTimeout(pending.attempt().attemptId(), "no answer from " + pending.attempt().nextHop()
                        + " within 64 x T1 (" + 64L * pending.attempt().t1Ms() + " ms)");
            } else if (callHandler != null) {
                callHandler.timeout(event);
            }
        }

        @Override
        public void processRequest(RequestEvent event) {
            Request request = event.getRequest();
            Open stack;
            synchronized (JainSipEndpoint.this) {
                stack = open;
            }
            if (stack == null) {
                return;
            }
            var calls = callHandler;
            if (calls != null) {
                calls.request(event, handle(stack));
                return;
            }
            if (Request.ACK.equals(request.getMethod())) {
                return;
            }
            int code = Request.OPTIONS.equals(request.getMethod()) ? Response.OK : Response.TEMPORARILY_UNAVAILABLE;
            try {
                stack.provider().sendResponse(stack.messages().createResponse(code, request));
            } catch (SipException | java.text.ParseException e) {
                LOG.debugf("could not answer %s: %s", request.getMethod(), e.getMessage());
            }
        }

        @Override
        public void processIOException(IOExceptionEvent event) {
            LOG.debugf("SIP I/O error towards %s:%d", event.getHost(), event.getPort());
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent event) {
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent event) {
        }
    }
}
