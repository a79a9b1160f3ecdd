package io.multicell.integrator.basestation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of synchronisation to perform on one cluster. */
@Schema(name = "ClusterSynchronise")
public record ClusterSynchroniseRequest(
        @Schema(description = "DECT or LAN; absent: as configured per base", enumeration = {"DECT", "LAN"}) String syncSlave) {
}
