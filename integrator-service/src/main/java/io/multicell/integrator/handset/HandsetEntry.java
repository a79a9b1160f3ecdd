package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import java.util.Objects;

/**
 * One entry of the Mobile devices list as the integrator keeps it: which handset may register (IPUI pattern), with
 * which PIN, and what the admin asks for. The live status is the DM's; see {@link LiveSubscriptions}.
 *
 * @param id              stable id the integrator gives the entry (entry_id towards the DM)
 * @param ipui            10 hex digits, a wildcard slot 0_1, 0_2, ... or empty (any handset)
 * @param requestedStatus To register, Not registered, To deregister, or Registered (keeps the registration)
 * @param voipAccount     the handset's SIP account (not part of what the DM is sent)
 */
public record HandsetEntry(
        String id,
        IpuiPattern ipui,
        Pin pin,
        RegStatus requestedStatus,
        String handsetName,
        String internalName,
        String internalNumber,
        boolean dnd,
        VoipAccount voipAccount) {

    public static final int MAX_NAME_LENGTH = 32;

    public HandsetEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(requestedStatus, "requestedStatus");
        if (requestedStatus == RegStatus.REGISTERING) {
            throw new IllegalArgumentException("Registering is the DM's status, never a requested one");
        }
        ipui = ipui == null ? new IpuiPattern("") : ipui;
        handsetName = name("handsetName", handsetName);
        internalName = name("internalName", internalName);
        internalNumber = internalNumber("internalNumber", internalNumber);
        voipAccount = voipAccount == null ? VoipAccount.NONE : voipAccount;
    }

    /** An entry without VoIP account. */
    public HandsetEntry(String id, IpuiPattern ipui, Pin pin, RegStatus requestedStatus, String handsetName, String internalName,
                        String internalNumber, boolean dnd) {
        this(id, ipui, pin, requestedStatus, handsetName, internalName, internalNumber, dnd, VoipAccount.NONE);
    }

    public HandsetEntry withRequestedStatus(RegStatus status) {
        return new HandsetEntry(id, ipui, pin, status, handsetName, internalName, internalNumber, dnd, voipAccount);
    }

    public HandsetEntry withInternalNumber(String number) {
        return new HandsetEntry(id, ipui, pin, requestedStatus, handsetName, internalName, number, dnd, voipAccount);
    }

    public HandsetEntry withVoipAccount(VoipAccount account) {
        return new HandsetEntry(id, ipui, pin, requestedStatus, handsetName, internalName, internalNumber, dnd, account);
    }

    /** Handset name and internal name: free text, at most 32 characters; absent is empty. */
    static String name(String field, String text) {
        String name = text == null ? "" : text.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    /** Internal call number: digits only (it is dialled), at most 32; absent is empty. */
    static String internalNumber(String field, String text) {
        String number = text == null ? "" : text.strip();
        if (!number.matches("[0-9]*")) {
            throw new InvalidValueException(field, "must contain digits only");
        }
        if (number.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_NAME_LENGTH + " digits");
        }
        return number;
    }
}
