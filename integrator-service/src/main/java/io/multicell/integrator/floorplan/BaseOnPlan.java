package io.multicell.integrator.floorplan;

import io.multicell.integrator.basestation.Position;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A confirmed base as the floor plan draws it: where it is, how far it reaches, how it is synchronised. */
@Schema(name = "FloorPlanBase")
public record BaseOnPlan(
        @Schema(examples = "7C:2F:80:00:00:01") String mac,
        String name,
        Position position,
        int cluster,
        @Schema(description = "Configured sync level") int syncLevel,
        @Schema(description = "Sync Level column: \"2 1\" for a redundancy master") String syncLevelLabel,
        @Schema(enumeration = {"Offline", "Deactivated", "No sync", "Sync", "Sync overload"}) String status,
        @Schema(enumeration = {"OFFLINE", "DEACTIVATED", "NO_SYNC", "SYNC", "SYNC_OVERLOAD"}) String statusCode,
        @Schema(enumeration = {"1", "D", "L", ""}) String syncType,
        String syncSourceMac,
        @Schema(description = "How far a handset still hears it (dect-core radio model, handset sensitivity), metres")
        double coverageRadiusMetres) {
}
