package io.multicell.integrator.dm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The DECT manager as the API shows it; when it is not connected, the identity is the last one it reported. */
@Schema(name = "DectManager")
public record DectManagerView(
        @Schema(examples = "DM1") String name,
        @Schema(description = "PARI, 8 hex digits") String pari,
        @Schema(description = "RPN group 0..3") Integer rpnGroup,
        @Schema(description = "Plan revision the DM runs; null when not connected") Long planRevision,
        boolean connected) {
}
