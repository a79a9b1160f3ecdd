package io.multicell.integrator.floorplan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;

/**
 * What the live floor plan is told as it happens (one SSE message each, JSON with a "type"). Base MACs are
 * aa:bb:cc:dd:ee:ff in upper case as everywhere in the API; null when the event named a base the plan does not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FloorPlanEvent.Roamed.class, name = "roamed"),
        @JsonSubTypes.Type(value = FloorPlanEvent.Handover.class, name = "handover"),
        @JsonSubTypes.Type(value = FloorPlanEvent.Registration.class, name = "registration"),
        @JsonSubTypes.Type(value = FloorPlanEvent.SyncState.class, name = "sync-state"),
        @JsonSubTypes.Type(value = FloorPlanEvent.Position.class, name = "position"),
        @JsonSubTypes.Type(value = FloorPlanEvent.Positions.class, name = "positions")})
public sealed interface FloorPlanEvent {

    /** An idle handset locked to another base (topic multicell.roaming.v1). */
    record Roamed(String ipui, String fromBaseMac, String toBaseMac, Instant occurredAt) implements FloorPlanEvent {
    }

    /** A handset in a call was handed over (multicell.handover.v1); {@code success} false: the call did not survive. */
    record Handover(String ipui, String fromBaseMac, String toBaseMac, boolean success, String callId, Instant occurredAt)
            implements FloorPlanEvent {
    }

    /** A handset's registration status changed (multicell.registration.v1): Registered, Not registered, Refused, ... */
    record Registration(String ipui, String status, String reason, Instant occurredAt) implements FloorPlanEvent {
    }

    /** A base changed its sync status, effective level or source (multicell.sync.v1). */
    record SyncState(String mac, String status, String statusCode, int syncLevel, String syncType, String syncSourceMac,
                     Instant occurredAt) implements FloorPlanEvent {
    }

    /** A virtual handset is somewhere else, or came into or went out of range (read from the simulator). */
    record Position(String ipui, double x, double y, boolean outOfRange) implements FloorPlanEvent {
    }

    /**
     * Every virtual handset that moved since the last look, in one message: with 250 walking handsets, one SSE message
     * per look instead of one per handset (the page applies them in one animation frame).
     */
    record Positions(List<Position> handsets) implements FloorPlanEvent {
        public Positions {
            handsets = List.copyOf(handsets);
        }
    }
}
