package io.multicell.integrator.system.reset;

import io.multicell.integrator.api.Labelled;
import io.multicell.integrator.setup.DeviceRole;
import io.multicell.integrator.system.network.NetworkSettings;

/**
 * The manual's "Reset to device" roles that keep an integrator. "Base only" and the "DECT-Manager+Base" roles turn a
 * device into a base or a DM behind another integrator: here those are other services (base-station-service,
 * dect-manager-service), so the integrator does not offer them.
 */
public enum ResetRole implements Labelled {
    ALL_IN_ONE_DYNAMIC_IP("All in one - dynamic IP", DeviceRole.INTEGRATOR_DM_BASE),
    ALL_IN_ONE_STATIC_IP("All in one - static IP", DeviceRole.INTEGRATOR_DM_BASE),
    ALL_IN_ONE_INTERNAL_TELEPHONY("All in one + internal telephony - dynamic IP", DeviceRole.ALL_IN_ONE_INTERNAL_TELEPHONY);

    private final String label;
    private final DeviceRole deviceRole;

    ResetRole(String label, DeviceRole deviceRole) {
        this.label = label;
        this.deviceRole = deviceRole;
    }

    @Override
    public String label() {
        return label;
    }

    public DeviceRole deviceRole() {
        return deviceRole;
    }

    /** The network configuration the role sets: dynamic IP, or the manual's static 192.168.143.1 settings. */
    public NetworkSettings network() {
        return this == ALL_IN_ONE_STATIC_IP ? NetworkSettings.staticDefaults() : NetworkSettings.dynamicDefaults();
    }
}
