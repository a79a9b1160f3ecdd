package io.multicell.integrator.backup;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a restore did: what the configuration of record holds now, and whether the DM and the SIP gateway have it yet. */
@Schema(name = "RestoreResult")
public record RestoreResult(
        Instant restoredAt,
        int baseStations,
        @Schema(description = "Profiles configured (with a domain)") int providerProfiles,
        int mobileDevices,
        @Schema(description = "DECT manager: \"applied\", or why not yet (the reconciler keeps pushing every few seconds)")
        String dectManager,
        @Schema(description = "SIP gateway: \"applied\", or why not yet (the reconciler keeps pushing every few seconds)")
        String sipGateway) {

    public static final String APPLIED = "applied";
}
