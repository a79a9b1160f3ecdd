package io.multicell.integrator.handset;

import io.multicell.integrator.dm.RegistrationRefusal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration attempt the DECT manager refused. */
@Schema(name = "RegistrationRefusal")
public record RegistrationRefusalView(
        @Schema(description = "IPUI of the refused handset", examples = "0123456789") String ipui,
        @Schema(description = "When it was refused") Instant at,
        @Schema(description = "Why, for a person", examples = "wrong PIN") String reason) {

    static RegistrationRefusalView of(RegistrationRefusal refusal) {
        return new RegistrationRefusalView(refusal.ipui(), refusal.at(), refusal.reason());
    }
}
