package io.multicell.integrator.system.reset;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a factory reset did: the role now set, the settings back at their factory values and what it leaves. */
@Schema(name = "FactoryResetResult")
public record FactoryResetResult(
        ResetRole role,
        Instant at,
        @Schema(description = "Pages whose settings are back to the factory settings") List<String> reset,
        @Schema(description = "Configuration this reset does not touch (yet)") List<String> kept) {
}
