package io.multicell.integrator.floorplan;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.proto.events.v1.HandoverCompleted;
import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.events.v1.SyncStateChanged;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the DM's Kafka events into floor plan events. Roaming events name bases by RFPI only, so the mapper is given
 * the RFPI → MAC lookup of the configuration of record.
 */
final class FloorPlanEventMapper {

    private final FloorPlanConfig topics;
    private final Function<String, Optional<String>> macOfRfpi;

    FloorPlanEventMapper(FloorPlanConfig topics, Function<String, Optional<String>> macOfRfpi) {
        this.topics = topics;
        this.macOfRfpi = macOfRfpi;
    }

    /** The event for a record of {@code topic}; empty for a topic it does not follow. */
    Optional<FloorPlanEvent> map(String topic, byte[] value) throws InvalidProtocolBufferException {
        if (topic.equals(topics.roamingTopic())) {
            return Optional.of(roamed(HandsetRoamed.parseFrom(value)));
        }
        if (topic.equals(topics.handoverTopic())) {
            return Optional.of(handover(HandoverCompleted.parseFrom(value)));
        }
        if (topic.equals(topics.registrationTopic())) {
            return Optional.of(registration(HandsetRegistrationChanged.parseFrom(value)));
        }
        if (topic.equals(topics.syncTopic())) {
            return Optional.of(syncState(SyncStateChanged.parseFrom(value)));
        }
        return Optional.empty();
    }

    FloorPlanEvent.Roamed roamed(HandsetRoamed roam) {
        return new FloorPlanEvent.Roamed(ipui(roam.getIpui()), base(roam.getFromRfpi()), base(roam.getToRfpi()),
                instant(roam.getOccurredAt()));
    }

    FloorPlanEvent.Handover handover(HandoverCompleted handover) {
        // The handover event names the bases by MAC too; older producers may leave it empty.
        String from = handover.getFromBaseMac().isEmpty() ? base(handover.getFromRfpi()) : mac(handover.getFromBaseMac());
        String to = handover.getToBaseMac().isEmpty() ? base(handover.getToRfpi()) : mac(handover.getToBaseMac());
        return new FloorPlanEvent.Handover(ipui(handover.getIpui()), from, to, handover.getSuccess(), handover.getCallId(),
                instant(handover.getOccurredAt()));
    }

    static FloorPlanEvent.Registration registration(HandsetRegistrationChanged change) {
        return new FloorPlanEvent.Registration(ipui(change.getIpui()), change.getStatus(), change.getReason(),
                instant(change.getOccurredAt()));
    }

    static FloorPlanEvent.SyncState syncState(SyncStateChanged change) {
        BaseStationStatus status = status(change.getStatus());
        return new FloorPlanEvent.SyncState(mac(change.getMac()), status.label(), status.name(), change.getSyncLevel(),
                change.getSyncType(), change.getSyncSourceMac().isEmpty() ? null : mac(change.getSyncSourceMac()),
                instant(change.getOccurredAt()));
    }

    static BaseStationStatus status(io.multicell.proto.manager.v1.BaseStationStatus wire) {
        try {
            return BaseStationStatus.valueOf(wire.name());
        } catch (IllegalArgumentException unspecified) {
            return BaseStationStatus.OFFLINE;
        }
    }

    private String base(String rfpi) {
        return rfpi.isEmpty() ? null : macOfRfpi.apply(rfpi.toUpperCase(Locale.ROOT)).orElse(null);
    }

    private static String mac(String mac) {
        return mac.toUpperCase(Locale.ROOT).replace('-', ':');
    }

    private static String ipui(String ipui) {
        return ipui.toUpperCase(Locale.ROOT);
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
