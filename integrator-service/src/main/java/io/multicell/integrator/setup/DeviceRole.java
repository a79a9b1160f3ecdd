package io.multicell.integrator.setup;

/** The device role (the manual: "Reset to device" options of the first login, Settings > System > Reboot and reset). */
public enum DeviceRole {
    INTEGRATOR_DM_BASE("Integrator, DECT manager and base station"),
    ALL_IN_ONE_INTERNAL_TELEPHONY("All in one + internal telephony - dynamic IP");

    private final String label;

    DeviceRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
