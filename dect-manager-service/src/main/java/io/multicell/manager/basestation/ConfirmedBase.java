package io.multicell.manager.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncSettings;

/**
 * One base of the plan exactly as the admin configured it on the manual's data page.
 *
 * @param name as entered; may be empty, then the base shows its MAC (or "LocalBS" for the base co-located with the DM)
 */
public record ConfirmedBase(
        MacAddress mac,
        String name,
        boolean activated,
        IpAddressing ipAddressing,
        SyncSettings sync,
        FloorPosition position,
        boolean reducedTxPower) {

    /** Name of the base co-located with the DM when the admin gave it none. */
    public static final String LOCAL_BASE_NAME = "LocalBS";

    public ConfirmedBase {
        name = name == null ? "" : name;
        if (ipAddressing == null) {
            ipAddressing = IpAddressing.dhcp();
        }
        if (position == null) {
            position = new FloorPosition(0, 0);
        }
        // PlannedBase owns the rules on MAC, name length and sync settings.
        new PlannedBase(mac, name, activated, sync, position);
    }

    /** The name the manual shows: as configured, else LocalBS for the local base, else the MAC. */
    public String displayName(boolean local) {
        if (!name.isBlank()) {
            return name;
        }
        return local ? LOCAL_BASE_NAME : mac.value();
    }

    /** What the sync resolver needs of this base. */
    public PlannedBase planned(boolean local) {
        return new PlannedBase(mac, displayName(local), activated, sync, position);
    }
}
