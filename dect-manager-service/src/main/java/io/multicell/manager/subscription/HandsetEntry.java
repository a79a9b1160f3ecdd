package io.multicell.manager.subscription;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.core.identity.Ipui;
import java.util.Objects;

/**
 * One entry of the Mobile devices list as the integrator configured it.
 *
 * @param entryId         stable id the integrator gives the entry (at most 64 characters)
 * @param ipui            concrete IPUI, wildcard slot or empty (any handset)
 * @param pin             authentication code; its toString is masked
 * @param requestedStatus what the admin asks for: TO_REGISTER, NOT_REGISTERED, TO_DEREGISTER or REGISTERED
 */
public record HandsetEntry(String entryId, IpuiPattern ipui, Pin pin, RegStatus requestedStatus) {

    public static final int MAX_ID_LENGTH = 64;

    public HandsetEntry {
        if (entryId == null || entryId.isBlank()) {
            throw new InvalidValueException("entryId", "must not be empty");
        }
        if (entryId.length() > MAX_ID_LENGTH) {
            throw new InvalidValueException("entryId", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        Objects.requireNonNull(ipui, "ipui");
        Objects.requireNonNull(pin, "pin");
        if (requestedStatus == null || !requestedStatus.requestable()) {
            throw new InvalidValueException("requestedStatus", "must be TO_REGISTER, NOT_REGISTERED, TO_DEREGISTER or REGISTERED");
        }
    }

    /** True when a handset with this IPUI may newly register with this entry (the entry must still be unbound). */
    public boolean admitsNewRegistration(Ipui handset) {
        return requestedStatus == RegStatus.TO_REGISTER && ipui.admits(handset);
    }

    /** True when this entry names exactly this IPUI (not a wildcard). */
    public boolean namesExactly(Ipui handset) {
        return ipui.concrete().map(handset::equals).orElse(false);
    }

    /** True when the admin wants a handset bound to this entry gone. */
    public boolean asksForDeregistration() {
        return requestedStatus == RegStatus.TO_DEREGISTER || requestedStatus == RegStatus.NOT_REGISTERED;
    }
}
