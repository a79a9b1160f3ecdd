package io.multicell.integrator.handset;

import io.multicell.integrator.dm.LiveSubscription;
import io.multicell.integrator.sip.SipStatuses;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the Mobile devices list: the entry of record merged with what the DM reports live. */
@Schema(name = "MobileDevice", description = "A handset entry of the Mobile devices list")
public record MobileDeviceView(
        @Schema(description = "Stable id of the entry") String id,
        @Schema(description = "IPUI of the registered handset; while none is registered the entry's IPUI, wildcard (0_1) or empty (any handset)",
                examples = "0123456789") String ipui,
        @Schema(description = "RegStatus as the manual shows it", enumeration = {"To register", "Not registered", "Registering", "Registered", "To deregister"})
        String regStatus,
        @Schema(enumeration = {"TO_REGISTER", "NOT_REGISTERED", "REGISTERING", "REGISTERED", "TO_DEREGISTER"}) String regStatusCode,
        @Schema(description = "Authentication code (PIN), 4 digits", examples = "1234") String pin,
        String handsetName,
        String internalName,
        String internalNumber,
        @Schema(description = "Do not disturb") boolean dnd,
        @Schema(description = "Location: name of the DECT manager the handset belongs to (last known while it is disconnected)", examples = "DM1")
        String location,
        @Schema(description = "false: the DECT manager is currently disconnected (the live fields are unknown)") boolean dmConnected,
        @Schema(description = "The handset is attached at some base; false when powered down, out of range, ... or unknown") boolean reachable,
        @Schema(description = "Model designation as the handset reports it (null: unknown)") String type,
        @Schema(description = "Firmware as the handset reports it (null: unknown)") String firmware,
        @Schema(description = "MAC of the base the handset is locked to (last known)") String locationBaseMac,
        @Schema(description = "RFPI of that base") String locationRfpi,
        @Schema(description = "VoIP account (the password is never shown)") VoipAccountView voipAccount,
        @Schema(description = "SIP column: registration of the VoIP account at the provider/PBX") SipStatusView sip,
        @Schema(description = "false: the SIP gateway is currently not reachable (sip shows Not registered)") boolean sipGatewayConnected) {

    public static MobileDeviceView of(HandsetEntry entry, LiveSubscriptions live, SipStatuses sip) {
        LiveSubscription state = live.find(entry.id()).orElse(null);
        RegStatus status = live.statusOf(entry);
        String ipui = live.boundIpui(entry.id()).orElse(entry.ipui().text());
        return new MobileDeviceView(entry.id(), ipui, status.label(), status.name(), entry.pin().digits(),
                entry.handsetName(), entry.internalName(), entry.internalNumber(), entry.dnd(),
                live.dmName(), live.dmConnected(),
                state != null && state.reachable(),
                state == null ? null : state.model(),
                state == null ? null : state.firmware(),
                state == null ? null : state.locationBaseMac(),
                state == null ? null : state.locationRfpi(),
                VoipAccountView.of(entry.voipAccount()),
                SipStatusView.of(entry, sip),
                sip.gatewayConnected());
    }
}
