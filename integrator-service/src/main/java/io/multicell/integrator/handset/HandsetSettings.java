package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** A parsed {@link HandsetRequest}: every value well formed, null where the request left it out. */
public record HandsetSettings(
        IpuiPattern ipui,
        Pin pin,
        RegStatus regStatus,
        String handsetName,
        String internalName,
        String internalNumber,
        Boolean dnd,
        VoipAccountRequest voipAccount) {

    /** Once a handset is bound to the entry its IPUI is shown and cannot be changed. */
    private static final Set<RegStatus> BOUND = EnumSet.of(RegStatus.REGISTERING, RegStatus.REGISTERED, RegStatus.TO_DEREGISTER);

    /**
     * A new entry: absent fields are taken from {@code template} (blank for Add; the copied or replaced entry for
     * Copy and Replace), a new entry starts To register or Not registered, and without a PIN gets a random one.
     */
    public HandsetEntry create(String id, HandsetEntry template, RandomGenerator random) {
        RegStatus status = regStatus == null ? template.requestedStatus() : regStatus;
        if (!RegStatus.initial().contains(status)) {
            throw new InvalidValueException("regStatus", "a new entry must be To register or Not registered");
        }
        return new HandsetEntry(id,
                ipui == null ? template.ipui() : ipui,
                pin == null ? Pin.random(random) : pin,
                status,
                handsetName == null ? template.handsetName() : handsetName,
                internalName == null ? template.internalName() : internalName,
                internalNumber == null ? template.internalNumber() : internalNumber,
                dnd == null ? template.dnd() : dnd,
                voipAccount == null ? template.voipAccount() : voipAccount.applyTo(template.voipAccount()));
    }

    public HandsetSettings withRegStatus(RegStatus status) {
        return new HandsetSettings(ipui, pin, status, handsetName, internalName, internalNumber, dnd, voipAccount);
    }

    /** The template of Add: any handset, To register, no names, DND off, no VoIP account (the PIN is drawn in {@link #create}). */
    public static HandsetEntry blank(RandomGenerator random) {
        return new HandsetEntry("-", new IpuiPattern(""), Pin.random(random), RegStatus.TO_REGISTER, "", "", "", false);
    }

    /**
     * An edit of {@code current}, whose status the list shows as {@code shown} and whose handset registered with
     * {@code boundIpui}: absent fields keep their value, RegStatus moves only as the manual allows, and the IPUI of a
     * registered handset stays (sending back the shown value changes nothing).
     */
    public HandsetEntry applyTo(HandsetEntry current, RegStatus shown, Optional<String> boundIpui) {
        IpuiPattern nextIpui = current.ipui();
        if (ipui != null && !ipui.equals(current.ipui()) && !boundIpui.map(ipui.text()::equals).orElse(false)) {
            if (BOUND.contains(shown)) {
                throw new InvalidValueException("ipui", "cannot be changed once the handset is registered");
            }
            nextIpui = ipui;
        }
        RegStatus requested = current.requestedStatus();
        if (regStatus != null && regStatus != shown) {
            requested = shown.transitionTo(regStatus);
        }
        return new HandsetEntry(current.id(), nextIpui,
                pin == null ? current.pin() : pin,
                requested,
                handsetName == null ? current.handsetName() : handsetName,
                internalName == null ? current.internalName() : internalName,
                internalNumber == null ? current.internalNumber() : internalNumber,
                dnd == null ? current.dnd() : dnd,
                voipAccount == null ? current.voipAccount() : voipAccount.applyTo(current.voipAccount()));
    }
}
