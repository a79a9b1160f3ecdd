package io.multicell.integrator.handset;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import java.util.random.RandomGenerator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mobile devices data page: what an admin enters for a handset entry. Every field may be absent: on Add an
 * absent field takes its default, on an edit it keeps its value.
 */
@Schema(name = "MobileDeviceRequest", description = "Fields of a handset entry; absent fields take their default (add) or keep their value (edit)")
public record HandsetRequest(
        @Schema(description = "IPUI of the handset allowed to register (10 hex digits), a wildcard 0_1, 0_2, ... or empty: any handset. "
                + "Cannot be changed once the handset is registered.", examples = "0_1")
        String ipui,
        @Schema(description = "Authentication code (PIN), exactly 4 digits; absent on add: a random PIN", examples = "1234")
        String pin,
        @Schema(description = "true: generate a random PIN (not together with pin)", defaultValue = "false")
        Boolean generatePin,
        @Schema(description = "RegStatus, as label or code. Add: To register (default) or Not registered. Edit: To register ↔ Not registered, "
                + "Registering → Not registered (cancels), Registered → To deregister", examples = "To register")
        String regStatus,
        @Schema(description = "Handset name, at most 32 characters", examples = "Reception 1")
        String handsetName,
        @Schema(description = "Internal name shown in the handset's idle display, at most 32 characters", examples = "Anna")
        String internalName,
        @Schema(description = "Internal call number, digits only, unique", examples = "21")
        String internalNumber,
        @Schema(description = "Do not disturb", defaultValue = "false")
        Boolean dnd,
        @Schema(description = "VoIP account of the handset (personal provider data); absent fields keep their value")
        VoipAccountRequest voipAccount) {

    @JsonCreator
    public HandsetRequest {
    }

    /** A request without VoIP account fields. */
    public HandsetRequest(String ipui, String pin, Boolean generatePin, String regStatus, String handsetName, String internalName,
                          String internalNumber, Boolean dnd) {
        this(ipui, pin, generatePin, regStatus, handsetName, internalName, internalNumber, dnd, null);
    }

    /** Checks every field on its own (no state needed); the state-dependent rules come in {@link HandsetSettings}. */
    public HandsetSettings parse(RandomGenerator random) {
        IpuiPattern pattern = ipui == null ? null : new IpuiPattern(ipui);
        Pin chosen;
        if (Boolean.TRUE.equals(generatePin)) {
            if (pin != null && !pin.isEmpty()) {
                throw new InvalidValueException("pin", "must not be given together with generatePin");
            }
            chosen = Pin.random(random);
        } else {
            chosen = pin == null ? null : Pin.parse(pin);
        }
        RegStatus status = regStatus == null ? null : RegStatus.parse("regStatus", regStatus);
        return new HandsetSettings(pattern, chosen, status,
                handsetName == null ? null : HandsetEntry.name("handsetName", handsetName),
                internalName == null ? null : HandsetEntry.name("internalName", internalName),
                internalNumber == null ? null : HandsetEntry.internalNumber("internalNumber", internalNumber),
                dnd,
                voipAccount == null ? null : voipAccount.checked());
    }

    public static HandsetRequest none() {
        return new HandsetRequest(null, null, null, null, null, null, null, null, null);
    }
}
