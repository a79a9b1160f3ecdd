package io.multicell.integrator.dm;

import com.google.protobuf.Timestamp;
import io.grpc.StatusRuntimeException;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.proto.manager.v1.ListSubscriptionsRequest;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.Subscription;
import io.multicell.proto.manager.v1.SubscriptionsGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The integrator's door to the DM's Subscriptions service: pushes the handset plan and reads the live state of
 * every entry. Owns the deadline and the wire mapping; errors map as in {@link DectManagerClient}. PINs cross
 * this boundary (the DM derives keys from them) but never appear in a message or log line.
 */
@ApplicationScoped
public class HandsetSubscriptionsClient {

    private final SubscriptionsGrpc.SubscriptionsBlockingStub stub;
    private final DectManagerConfig config;

    public HandsetSubscriptionsClient(@GrpcClient("dect-manager") SubscriptionsGrpc.SubscriptionsBlockingStub stub,
                                      DectManagerConfig config) {
        this.stub = stub;
        this.config = config;
    }

    /** Sends the whole handset plan; returns the revision the DM now runs. */
    public long applyPlan(HandsetPlan plan, int maxHandsets) {
        var request = toWire(plan, maxHandsets);
        return call("ApplyHandsetPlan", "handsets", s -> s.applyHandsetPlan(request)).getRevision();
    }

    public SubscriptionsSnapshot list() {
        ListSubscriptionsResponse response = call("ListSubscriptions", "handsets",
                s -> s.listSubscriptions(ListSubscriptionsRequest.getDefaultInstance()));
        return fromWire(response);
    }

    private <T> T call(String method, String field, Function<SubscriptionsGrpc.SubscriptionsBlockingStub, T> rpc) {
        try {
            return rpc.apply(stub.withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw DectManagerClient.translate(method, field, e);
        }
    }

    static io.multicell.proto.manager.v1.HandsetPlan toWire(HandsetPlan plan, int maxHandsets) {
        var request = io.multicell.proto.manager.v1.HandsetPlan.newBuilder()
                .setRevision(plan.revision())
                .setMaxHandsets(maxHandsets);
        for (HandsetEntry entry : plan.entries()) {
            request.addEntries(io.multicell.proto.manager.v1.HandsetEntry.newBuilder()
                    .setEntryId(entry.id())
                    .setIpui(entry.ipui().text())
                    .setPin(entry.pin().digits())
                    .setRequestedStatus(toWire(entry.requestedStatus())));
        }
        RegistrationWindow window = plan.window();
        if (window.scheduled()) {
            request.setWindow(io.multicell.proto.manager.v1.RegistrationWindow.newBuilder()
                    .setOpensAt(timestamp(window.opensAt()))
                    .setClosesAt(timestamp(window.closesAt())));
        }
        return request.build();
    }

    static SubscriptionsSnapshot fromWire(ListSubscriptionsResponse response) {
        List<LiveSubscription> subscriptions = response.getSubscriptionsList().stream()
                .map(HandsetSubscriptionsClient::fromWire)
                .toList();
        List<RegistrationRefusal> refusals = response.getRefusalsList().stream()
                .map(r -> new RegistrationRefusal(r.getIpui(), instant(r.getAt()), emptyToNull(r.getReason())))
                // The DM sends them newest first already; sorting keeps that promise whatever it does.
                .sorted(Comparator.comparing(RegistrationRefusal::at).reversed())
                .toList();
        return new SubscriptionsSnapshot(subscriptions, refusals, response.getPlanRevision(), response.getRegistrationOpen());
    }

    static LiveSubscription fromWire(Subscription s) {
        return new LiveSubscription(s.getEntryId(), s.getIpui(), fromWire(s.getStatus()), s.getReachable(),
                emptyToNull(s.getLocationBaseMac()), emptyToNull(s.getLocationRfpi()), emptyToNull(s.getModel()),
                emptyToNull(s.getFirmware()));
    }

    static io.multicell.proto.manager.v1.RegStatus toWire(RegStatus status) {
        return switch (status) {
            case TO_REGISTER -> io.multicell.proto.manager.v1.RegStatus.TO_REGISTER;
            case NOT_REGISTERED -> io.multicell.proto.manager.v1.RegStatus.NOT_REGISTERED;
            case REGISTERING -> io.multicell.proto.manager.v1.RegStatus.REGISTERING;
            case REGISTERED -> io.multicell.proto.manager.v1.RegStatus.REGISTERED;
            case TO_DEREGISTER -> io.multicell.proto.manager.v1.RegStatus.TO_DEREGISTER;
        };
    }

    /** Null for a status the DM did not state: the entry then shows what the admin asked for. */
    static RegStatus fromWire(io.multicell.proto.manager.v1.RegStatus status) {
        return switch (status) {
            case TO_REGISTER -> RegStatus.TO_REGISTER;
            case NOT_REGISTERED -> RegStatus.NOT_REGISTERED;
            case REGISTERING -> RegStatus.REGISTERING;
            case REGISTERED -> RegStatus.REGISTERED;
            case TO_DEREGISTER -> RegStatus.TO_DEREGISTER;
            default -> null;
        };
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
