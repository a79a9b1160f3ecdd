package io.multicell.integrator.call;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call in progress as the API shows it. */
@Schema(name = "ActiveCall")
public record ActiveCallView(
        String callId,
        @Schema(description = "IPUI of the handset, 10 hex digits") String ipui,
        @Schema(description = "Handset name (else internal name) of its Mobile devices entry; null when unknown", nullable = true) String handsetName,
        @Schema(enumeration = {"incoming", "outgoing"}) String direction,
        @Schema(description = "The DECT manager's call state", examples = "CONNECTED") String state,
        @Schema(description = "Bases carrying the bearer now (two during a handover)") List<String> bearerBaseMacs,
        @Schema(description = "Number dialled or calling number") String remoteNumber,
        int handovers) {

    public static ActiveCallView of(ActiveCall call, HandsetNames names) {
        return new ActiveCallView(call.callId(), call.ipui(), names.of(call.ipui()).orElse(null), call.direction(), call.state(),
                call.bearerBaseMacs(), call.remoteNumber(), call.handovers());
    }
}
