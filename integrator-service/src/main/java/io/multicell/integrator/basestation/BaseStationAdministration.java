package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.api.ConflictException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.dm.DectManagerClient;
import io.multicell.integrator.dm.LiveBaseStation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The manual's "Base stations administration": list, confirm, edit, delete and reboot base stations. */
@ApplicationScoped
public class BaseStationAdministration {

    private final PlanCoordinator coordinator;
    private final LiveStateReader liveState;
    private final DectManagerClient dm;

    public BaseStationAdministration(PlanCoordinator coordinator, LiveStateReader liveState, DectManagerClient dm) {
        this.coordinator = coordinator;
        this.liveState = liveState;
        this.dm = dm;
    }

    public BaseStationListView list() {
        return BaseStationListView.of(coordinator.current(), liveState.read());
    }

    public BaseStationView get(MacAddress mac) {
        ConfirmedBase base = requireConfirmed(coordinator.current(), mac);
        return view(base);
    }

    /**
     * The stored settings of a connected base in the export's shape: the document the API's ETag of the base is a hash
     * of. The view adds the live state, which does not change the ETag.
     */
    public TransferredBase stored(MacAddress mac) {
        return TransferredBase.of(requireConfirmed(coordinator.current(), mac));
    }

    /** Moves a pending base to the connected list with the given settings (absent ones: defaults). */
    public BaseStationView confirm(ConfirmRequest request) {
        if (request == null || request.mac() == null) {
            throw new InvalidValueException("mac", "is required");
        }
        MacAddress mac = MacAddress.parse(request.mac());
        if (coordinator.current().contains(mac)) {
            throw new ConflictException("mac", "is already a connected base station");
        }
        LiveState live = liveState.require();
        BaseStationPlan committed = coordinator.change(plan -> {
            if (plan.contains(mac)) {
                throw new ConflictException("mac", "is already a connected base station");
            }
            LiveBaseStation pending = live.find(mac)
                    .orElseThrow(() -> new InvalidValueException("mac", "must be a pending base station"));
            return plan.with(request.settings().confirm(mac, pending.local(), pending.reportedPosition()));
        });
        return view(requireConfirmed(committed, mac));
    }

    /** Edits a connected base: absent fields keep their value. */
    public BaseStationView update(MacAddress mac, BaseStationSettings settings) {
        BaseStationSettings edit = settings == null ? BaseStationSettings.none() : settings;
        // Only an emptied name needs to know whether this is the local base (named LocalBS, not after its MAC).
        boolean local = edit.name() != null && edit.name().isBlank()
                && liveState.read().find(mac).map(LiveBaseStation::local).orElse(false);
        BaseStationPlan committed = coordinator.change(plan -> plan.with(edit.applyTo(requireConfirmed(plan, mac), local)));
        return view(requireConfirmed(committed, mac));
    }

    /** Deletes connected bases (all or nothing); a base still connected to the DM shows up as pending again. */
    public void delete(List<MacAddress> macs) {
        if (macs.isEmpty()) {
            throw new InvalidValueException("mac", "is required");
        }
        Set<MacAddress> doomed = new LinkedHashSet<>(macs);
        coordinator.change(plan -> {
            doomed.forEach(mac -> requireConfirmed(plan, mac));
            return plan.without(doomed);
        });
    }

    public void reboot(MacAddress mac) {
        requireConfirmed(coordinator.current(), mac);
        try {
            dm.reboot(mac);
        } catch (ConflictException e) {
            throw new ConflictException("mac", "the base station is offline and cannot be rebooted");
        }
    }

    BaseStationView view(ConfirmedBase base) {
        LiveState live = liveState.read();
        return BaseStationView.of(base, live.find(base.mac()).orElse(null), live.dmName());
    }

    static ConfirmedBase requireConfirmed(BaseStationPlan plan, MacAddress mac) {
        return plan.find(mac).orElseThrow(() -> new UnknownEntityException("mac", "is not a connected base station"));
    }
}
