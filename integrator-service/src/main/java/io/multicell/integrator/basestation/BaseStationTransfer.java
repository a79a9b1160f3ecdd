package io.multicell.integrator.basestation;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.dm.LiveBaseStation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Export and import of the base station configuration (to move bases to another DECT manager). An import is
 * validated as a whole and applied as one plan change: any error and nothing is imported. The local base is
 * skipped, because it is physically bound to its DM.
 */
@ApplicationScoped
public class BaseStationTransfer {

    private final PlanCoordinator coordinator;
    private final LiveStateReader liveState;
    private final Clock clock;

    public BaseStationTransfer(PlanCoordinator coordinator, LiveStateReader liveState, Clock clock) {
        this.coordinator = coordinator;
        this.liveState = liveState;
        this.clock = clock;
    }

    public TransferDocument export(ExportRequest request) {
        BaseStationPlan plan = coordinator.current();
        List<String> requested = request == null || request.macs() == null ? List.of() : request.macs();
        List<ConfirmedBase> selected;
        if (requested.isEmpty()) {
            selected = plan.bases();
        } else {
            selected = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                String field = "macs[" + i + "]";
                MacAddress mac = parseMac(field, requested.get(i));
                selected.add(plan.find(mac).orElseThrow(() -> new UnknownEntityException(field, "is not a connected base station")));
            }
        }
        return new TransferDocument(TransferDocument.FORMAT, clock.instant(),
                selected.stream().distinct().map(TransferredBase::of).toList());
    }

    public ImportResult importDocument(TransferDocument document, String ipAddressType) {
        if (ipAddressType != null) {
            IpAddressType.parse("ipAddressType", ipAddressType);
        }
        if (document == null || !TransferDocument.FORMAT.equals(document.format())) {
            throw new InvalidValueException("format", "must be " + TransferDocument.FORMAT);
        }
        if (document.baseStations() == null) {
            throw new InvalidValueException("baseStations", "is required");
        }
        LiveState live = liveState.require();
        Map<Integer, ConfirmedBase> imported = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        coordinator.change(plan -> {
            // The change may run again on a newer plan: start over each time.
            imported.clear();
            added.clear();
            changed.clear();
            skipped.clear();
            Set<MacAddress> seen = new HashSet<>();
            for (int i = 0; i < document.baseStations().size(); i++) {
                String prefix = "baseStations[" + i + "]";
                TransferredBase entry = document.baseStations().get(i);
                if (entry == null) {
                    throw new InvalidValueException(prefix, "must be a base station");
                }
                MacAddress mac = parseMac(prefix + ".mac", entry.mac());
                if (!seen.add(mac)) {
                    throw new InvalidValueException(prefix + ".mac", "is listed twice");
                }
                LiveBaseStation known = live.find(mac).orElse(null);
                if (known != null && known.local()) {
                    skipped.add(mac.value());
                    continue;
                }
                BaseStationSettings settings = ipAddressType == null ? entry.settings() : entry.settings().withIpAddressType(ipAddressType);
                try {
                    ConfirmedBase base = settings.confirm(mac, false, known == null ? null : known.reportedPosition());
                    imported.put(i, base.withRadio(plan.find(mac).flatMap(ConfirmedBase::radioIdentity).orElse(null)));
                    (plan.contains(mac) ? changed : added).add(mac.value());
                } catch (InvalidValueException e) {
                    throw e.under(prefix);
                }
            }
            BaseStationPlan next = plan;
            for (ConfirmedBase base : imported.values()) {
                next = next.with(base);
            }
            blameFirstBreakingEntry(plan, imported, next);
            return next;
        });
        return new ImportResult(imported.size(), added, changed, skipped);
    }

    /** A rule spanning bases (two level 1 in a cluster) is reported under the first imported entry that breaks it. */
    private static void blameFirstBreakingEntry(BaseStationPlan before, Map<Integer, ConfirmedBase> imported, BaseStationPlan after) {
        try {
            after.validate();
            return;
        } catch (InvalidValueException whole) {
            BaseStationPlan partial = before.without(imported.values().stream().map(ConfirmedBase::mac).toList());
            for (Map.Entry<Integer, ConfirmedBase> entry : imported.entrySet()) {
                partial = partial.with(entry.getValue());
                try {
                    partial.validate();
                } catch (InvalidValueException e) {
                    throw e.under("baseStations[" + entry.getKey() + "]");
                }
            }
            throw whole;
        }
    }

    private static MacAddress parseMac(String field, String text) {
        try {
            return MacAddress.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.rule());
        }
    }
}
