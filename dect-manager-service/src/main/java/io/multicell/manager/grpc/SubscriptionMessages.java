package io.multicell.manager.grpc;

import com.google.protobuf.Timestamp;
import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.manager.paging.PageResult;
import io.multicell.manager.subscription.HandsetEntry;
import io.multicell.manager.subscription.HandsetPlan;
import io.multicell.manager.subscription.RegStatus;
import io.multicell.manager.subscription.RegistrationRefusal;
import io.multicell.manager.subscription.RegistrationWindow;
import io.multicell.manager.subscription.SubscriptionListing;
import io.multicell.manager.subscription.SubscriptionView;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.PageHandsetResponse;
import io.multicell.proto.manager.v1.Subscription;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Wire types of the Subscriptions service to and from the domain; field paths of errors follow the plan's structure. */
final class SubscriptionMessages {

    private static final String REQUESTABLE = "must be TO_REGISTER, NOT_REGISTERED, TO_DEREGISTER or REGISTERED";

    private SubscriptionMessages() {
    }

    /**
     * The handset plan as the domain sees it.
     *
     * @throws InvalidValueException e.g. "entries[hs-1].pin: must be exactly 4 digits"
     */
    static HandsetPlan plan(io.multicell.proto.manager.v1.HandsetPlan plan) {
        if (plan.getRevision() < 1) {
            throw new InvalidValueException("revision", "must be at least 1");
        }
        List<HandsetEntry> entries = new ArrayList<>();
        for (int i = 0; i < plan.getEntriesCount(); i++) {
            io.multicell.proto.manager.v1.HandsetEntry entry = plan.getEntries(i);
            if (entry.getEntryId().isBlank()) {
                throw new InvalidValueException("entries[" + i + "].entryId", "must not be empty");
            }
            try {
                entries.add(new HandsetEntry(entry.getEntryId(), new IpuiPattern(entry.getIpui()), Pin.parse(entry.getPin()),
                        requestedStatus(entry.getRequestedStatus())));
            } catch (InvalidValueException e) {
                throw e.under("entries[" + entry.getEntryId() + "]");
            }
        }
        Optional<RegistrationWindow> window = plan.hasWindow() ? Optional.of(window(plan.getWindow())) : Optional.empty();
        return new HandsetPlan(plan.getRevision(), entries, window, plan.getMaxHandsets());
    }

    private static RegStatus requestedStatus(io.multicell.proto.manager.v1.RegStatus status) {
        return switch (status) {
            case TO_REGISTER -> RegStatus.TO_REGISTER;
            case NOT_REGISTERED -> RegStatus.NOT_REGISTERED;
            case TO_DEREGISTER -> RegStatus.TO_DEREGISTER;
            case REGISTERED -> RegStatus.REGISTERED;
            case REG_STATUS_UNSPECIFIED, REGISTERING, UNRECOGNIZED -> throw new InvalidValueException("requestedStatus", REQUESTABLE);
        };
    }

    private static RegistrationWindow window(io.multicell.proto.manager.v1.RegistrationWindow window) {
        if (!window.hasOpensAt()) {
            throw new InvalidValueException("window.opensAt", "is required");
        }
        if (!window.hasClosesAt()) {
            throw new InvalidValueException("window.closesAt", "is required");
        }
        return new RegistrationWindow(instant(window.getOpensAt(), "window.opensAt"), instant(window.getClosesAt(), "window.closesAt"));
    }

    private static Instant instant(Timestamp timestamp, String field) {
        try {
            return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
        } catch (DateTimeException | ArithmeticException e) {
            throw new InvalidValueException(field, "must be a valid point in time");
        }
    }

    static ListSubscriptionsResponse listing(SubscriptionListing listing) {
        var response = ListSubscriptionsResponse.newBuilder()
                .setPlanRevision(listing.planRevision())
                .setRegistrationOpen(listing.registrationOpen());
        listing.subscriptions().forEach(s -> response.addSubscriptions(subscription(s)));
        listing.refusals().forEach(r -> response.addRefusals(refusal(r)));
        return response.build();
    }

    private static Subscription subscription(SubscriptionView view) {
        return Subscription.newBuilder()
                .setEntryId(view.entryId())
                .setIpui(view.ipui())
                .setStatus(status(view.status()))
                .setReachable(view.reachable())
                .setLocationBaseMac(view.locationBase().map(MacAddress::value).orElse(""))
                .setLocationRfpi(view.locationRfpi().map(Rfpi::toString).orElse(""))
                .setModel(view.model())
                .setFirmware(view.firmware())
                .build();
    }

    private static io.multicell.proto.manager.v1.RegistrationRefusal refusal(RegistrationRefusal refusal) {
        return io.multicell.proto.manager.v1.RegistrationRefusal.newBuilder()
                .setIpui(refusal.ipui().value())
                .setAt(timestamp(refusal.at()))
                .setReason(refusal.reason())
                .build();
    }

    static io.multicell.proto.manager.v1.RegStatus status(RegStatus status) {
        return switch (status) {
            case TO_REGISTER -> io.multicell.proto.manager.v1.RegStatus.TO_REGISTER;
            case NOT_REGISTERED -> io.multicell.proto.manager.v1.RegStatus.NOT_REGISTERED;
            case REGISTERING -> io.multicell.proto.manager.v1.RegStatus.REGISTERING;
            case REGISTERED -> io.multicell.proto.manager.v1.RegStatus.REGISTERED;
            case TO_DEREGISTER -> io.multicell.proto.manager.v1.RegStatus.TO_DEREGISTER;
        };
    }

    static PageHandsetResponse page(PageResult result) {
        return PageHandsetResponse.newBuilder()
                .setAnswered(result.answered())
                .setRfpi(result.rfpi().map(Rfpi::toString).orElse(""))
                .setBasesPaged(result.basesPaged())
                .build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
