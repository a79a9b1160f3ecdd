package io.multicell.integrator.basestation;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncSettings;
import java.util.Optional;

/**
 * One base of the connected list as the admin configured it: the plan entry the DM synchronises with, the
 * settings only the integrator keeps, and the RPN/RFPI the DM assigned ({@code radio} is null until it did).
 */
public record ConfirmedBase(PlannedBase planned, IpAddressing ip, boolean reducedTxPower, RadioIdentity radio) {

    public ConfirmedBase {
        if (planned == null || ip == null) {
            throw new IllegalArgumentException("planned and ip are required");
        }
    }

    public MacAddress mac() {
        return planned.mac();
    }

    public String name() {
        return planned.name();
    }

    public boolean activated() {
        return planned.activated();
    }

    public SyncSettings sync() {
        return planned.sync();
    }

    public FloorPosition position() {
        return planned.position();
    }

    public Optional<RadioIdentity> radioIdentity() {
        return Optional.ofNullable(radio);
    }

    public ConfirmedBase withRadio(RadioIdentity assigned) {
        return new ConfirmedBase(planned, ip, reducedTxPower, assigned);
    }

    public ConfirmedBase withSync(SyncSettings sync) {
        return new ConfirmedBase(new PlannedBase(mac(), name(), activated(), sync, position()), ip, reducedTxPower, radio);
    }

    public ConfirmedBase withPosition(FloorPosition position) {
        return new ConfirmedBase(new PlannedBase(mac(), name(), activated(), sync(), position), ip, reducedTxPower, radio);
    }
}
