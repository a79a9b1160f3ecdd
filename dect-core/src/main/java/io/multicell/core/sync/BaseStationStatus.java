package io.multicell.core.sync;

/** Synchronisation status of a base station, exactly as the manual lists it. */
public enum BaseStationStatus {
    /** Not available. */
    OFFLINE("Offline"),
    /** Available but not activated. */
    DEACTIVATED("Deactivated"),
    /** Activated but not synchronised. */
    NO_SYNC("No sync"),
    /** Activated and synchronised. */
    SYNC("Sync"),
    /** Synchronised, but DECT overload. */
    SYNC_OVERLOAD("Sync overload");

    private final String label;

    BaseStationStatus(String label) {
        this.label = label;
    }

    /** The text the manual shows in the Status column. */
    public String label() {
        return label;
    }
}
