package io.multicell.integrator.testing;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.multicell.proto.sip.v1.AccountStatus;
import io.multicell.proto.sip.v1.ApplySipConfigurationResponse;
import io.multicell.proto.sip.v1.ListAccountStatusRequest;
import io.multicell.proto.sip.v1.ListAccountStatusResponse;
import io.multicell.proto.sip.v1.RegistrationState;
import io.multicell.proto.sip.v1.SipAccount;
import io.multicell.proto.sip.v1.SipConfiguration;
import io.multicell.proto.sip.v1.SipGatewayGrpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A small in-process SIP gateway for the integrator's QuarkusTests: keeps the configuration it was sent (in memory,
 * like the real one), reports the registration state a test sets per account, can refuse the next configuration and
 * can be stopped like a crashed gateway or made to forget like a restarted one. The real gateway registering at a
 * real Kamailio is covered by the sip-gateway-service tests.
 */
public final class FakeSipGateway extends SipGatewayGrpc.SipGatewayImplBase {

    private static FakeSipGateway shared;

    private final int port;
    private Server server;
    private SipConfiguration configuration = SipConfiguration.getDefaultInstance();
    private final List<SipConfiguration> received = new ArrayList<>();
    private final Map<String, AccountStatus> statuses = new HashMap<>();
    private Status rejectNext;

    private FakeSipGateway(int port) {
        this.port = port;
    }

    /** The fake of this test JVM, serving on {@code port} (started if it is not running). */
    public static synchronized FakeSipGateway runningOn(int port) {
        if (shared != null && shared.port != port) {
            // Another test profile: a new application with new ports and a new database, so a new fake.
            try {
                shared.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            shared = null;
        }
        if (shared == null) {
            shared = new FakeSipGateway(port);
        }
        shared.start();
        return shared;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                    .addService(this).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the fake SIP gateway on port " + port, e);
        }
    }

    /** Like a crashed gateway: the port refuses connections. */
    public synchronized void stop() throws InterruptedException {
        if (server != null) {
            server.shutdownNow();
            server.awaitTermination(5, TimeUnit.SECONDS);
            server = null;
        }
    }

    /** Forgets what it was asked and told to report; keeps the configuration it runs. */
    public synchronized void reset() {
        received.clear();
        statuses.clear();
        rejectNext = null;
    }

    /** Like a restarted gateway: it keeps nothing, revision 0. */
    public synchronized void forget() {
        configuration = SipConfiguration.getDefaultInstance();
        statuses.clear();
    }

    public synchronized void rejectNext(Status status) {
        rejectNext = status;
    }

    /** What ListAccountStatus reports for {@code accountId} from now on. */
    public synchronized void report(String accountId, RegistrationState state, int lastStatusCode, String reason, String registrar) {
        statuses.put(accountId, AccountStatus.newBuilder().setAccountId(accountId).setState(state).setLastStatusCode(lastStatusCode)
                .setReason(reason).setRegistrar(registrar).setNextAttemptInSeconds(480).build());
    }

    public synchronized SipConfiguration configuration() {
        return configuration;
    }

    public synchronized List<SipConfiguration> received() {
        return List.copyOf(received);
    }

    @Override
    public synchronized void applySipConfiguration(SipConfiguration request, StreamObserver<ApplySipConfigurationResponse> responses) {
        if (rejectNext != null) {
            responses.onError(rejectNext.asRuntimeException());
            rejectNext = null;
            return;
        }
        received.add(request);
        configuration = request;
        responses.onNext(ApplySipConfigurationResponse.newBuilder().setRevision(request.getRevision()).build());
        responses.onCompleted();
    }

    /** What the fake reports as its version; it does not say when it started, as a gateway older than the field. */
    public static final String VERSION = "fake-gateway 9.9";

    @Override
    public synchronized void listAccountStatus(ListAccountStatusRequest request, StreamObserver<ListAccountStatusResponse> responses) {
        var response = ListAccountStatusResponse.newBuilder().setRevision(configuration.getRevision())
                .setGatewayVersion(VERSION); // no start time: a gateway from before it was reported
        for (SipAccount account : configuration.getAccountsList()) {
            response.addAccounts(statuses.getOrDefault(account.getAccountId(), AccountStatus.newBuilder()
                    .setAccountId(account.getAccountId()).setState(RegistrationState.NOT_REGISTERED).build()));
        }
        responses.onNext(response.build());
        responses.onCompleted();
    }
}
