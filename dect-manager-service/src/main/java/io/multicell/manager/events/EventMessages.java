package io.multicell.manager.events;

import com.google.protobuf.Timestamp;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rfpi;
import io.multicell.proto.events.v1.HandoverCompleted;
import io.multicell.proto.events.v1.HandsetRegistrationChanged;
import io.multicell.proto.events.v1.HandsetRoamed;
import io.multicell.proto.events.v1.IncidentOccurred;
import io.multicell.proto.events.v1.IncidentSeverity;
import io.multicell.proto.events.v1.SyncStateChanged;
import io.multicell.proto.manager.v1.BaseStationStatus;
import java.time.Instant;

/** Turns the DM's domain events into their wire messages (multicell.events.v1). */
final class EventMessages {

    static final String SYNC_TOPIC = "multicell.sync.v1";
    static final String INCIDENT_TOPIC = "multicell.incidents.v1";
    static final String REGISTRATION_TOPIC = "multicell.registration.v1";
    static final String ROAMING_TOPIC = "multicell.roaming.v1";
    static final String HANDOVER_TOPIC = "multicell.handover.v1";

    private EventMessages() {
    }

    static String topicOf(DectManagerEvent event) {
        if (event instanceof SyncStateChange) {
            return SYNC_TOPIC;
        }
        if (event instanceof Incident) {
            return INCIDENT_TOPIC;
        }
        if (event instanceof RegistrationChange) {
            return REGISTRATION_TOPIC;
        }
        if (event instanceof HandoverCompletion) {
            return HANDOVER_TOPIC;
        }
        return ROAMING_TOPIC;
    }

    static byte[] payloadOf(DectManagerEvent event, String source) {
        if (event instanceof SyncStateChange change) {
            return syncStateChanged(change, source).toByteArray();
        }
        if (event instanceof Incident incident) {
            return incidentOccurred(incident, source).toByteArray();
        }
        if (event instanceof RegistrationChange change) {
            return registrationChanged(change, source).toByteArray();
        }
        if (event instanceof HandoverCompletion handover) {
            return handoverCompleted(handover, source).toByteArray();
        }
        return handsetRoamed((HandsetRoam) event, source).toByteArray();
    }

    static HandoverCompleted handoverCompleted(HandoverCompletion handover, String source) {
        return HandoverCompleted.newBuilder()
                .setEventId(handover.eventId().toString())
                .setOccurredAt(timestamp(handover.occurredAt()))
                .setSource(source)
                .setIpui(handover.ipui().value())
                .setFromRfpi(handover.fromRfpi().map(Rfpi::toString).orElse(""))
                .setToRfpi(handover.toRfpi().map(Rfpi::toString).orElse(""))
                .setReason(handover.reason())
                .setSuccess(handover.success())
                .setCallId(handover.callId())
                .setDuration(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(handover.duration().getSeconds()).setNanos(handover.duration().getNano()))
                .setFromBaseMac(handover.from().value())
                .setToBaseMac(handover.to().value())
                .build();
    }

    static HandsetRegistrationChanged registrationChanged(RegistrationChange change, String source) {
        return HandsetRegistrationChanged.newBuilder()
                .setEventId(change.eventId().toString())
                .setOccurredAt(timestamp(change.occurredAt()))
                .setSource(source)
                .setIpui(change.ipui().value())
                .setEntryId(change.entryId())
                .setStatus(change.status())
                .setReason(change.reason())
                .build();
    }

    static HandsetRoamed handsetRoamed(HandsetRoam roam, String source) {
        return HandsetRoamed.newBuilder()
                .setEventId(roam.eventId().toString())
                .setOccurredAt(timestamp(roam.occurredAt()))
                .setSource(source)
                .setIpui(roam.ipui().value())
                .setFromRfpi(roam.fromRfpi().map(Rfpi::toString).orElse(""))
                .setToRfpi(roam.toRfpi().map(Rfpi::toString).orElse(""))
                .build();
    }

    static SyncStateChanged syncStateChanged(SyncStateChange change, String source) {
        return SyncStateChanged.newBuilder()
                .setEventId(change.eventId().toString())
                .setOccurredAt(timestamp(change.occurredAt()))
                .setSource(source)
                .setMac(change.mac().value())
                .setRfpi(change.rfpi().toString())
                .setName(change.name())
                .setCluster(change.cluster())
                .setSyncLevel(change.syncLevel())
                .setPreviousStatus(change.previousStatus().map(EventMessages::status)
                        .orElse(BaseStationStatus.BASE_STATION_STATUS_UNSPECIFIED))
                .setStatus(status(change.status()))
                .setSyncType(change.syncType())
                .setSyncSourceMac(change.syncSourceMac().map(MacAddress::value).orElse(""))
                .setSyncSourceRfpi(change.syncSourceRfpi().map(Rfpi::toString).orElse(""))
                .setSequence(change.sequence())
                .build();
    }

    static IncidentOccurred incidentOccurred(Incident incident, String source) {
        return IncidentOccurred.newBuilder()
                .setEventId(incident.eventId().toString())
                .setOccurredAt(timestamp(incident.occurredAt()))
                .setSource(source)
                .setSeverity(switch (incident.severity()) {
                    case INFO -> IncidentSeverity.INFO;
                    case WARNING -> IncidentSeverity.WARNING;
                    case CRITICAL -> IncidentSeverity.CRITICAL;
                })
                .setCode(incident.code())
                .setMessage(incident.message())
                .setBaseMac(incident.mac().value())
                .setBaseName(incident.baseName())
                .build();
    }

    static BaseStationStatus status(io.multicell.core.sync.BaseStationStatus status) {
        return switch (status) {
            case OFFLINE -> BaseStationStatus.OFFLINE;
            case DEACTIVATED -> BaseStationStatus.DEACTIVATED;
            case NO_SYNC -> BaseStationStatus.NO_SYNC;
            case SYNC -> BaseStationStatus.SYNC;
            case SYNC_OVERLOAD -> BaseStationStatus.SYNC_OVERLOAD;
        };
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
