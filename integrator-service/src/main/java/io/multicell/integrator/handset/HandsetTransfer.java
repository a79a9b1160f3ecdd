package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.sip.SipStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Export and import of the handset configuration (to move handsets to another system). An import is validated as a
 * whole and applied as one plan change: any error and nothing is imported. An entry whose IPUI or wildcard slot is
 * already in the list (as entered or as registered) takes the file's settings; every other one is added.
 */
@ApplicationScoped
public class HandsetTransfer {

    private final HandsetPlanCoordinator coordinator;
    private final SubscriptionReader reader;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    public HandsetTransfer(HandsetPlanCoordinator coordinator, SubscriptionReader reader, Clock clock) {
        this.coordinator = coordinator;
        this.reader = reader;
        this.clock = clock;
    }

    public MobileDeviceExport export(MobileDeviceExportRequest request) {
        HandsetPlan plan = coordinator.current();
        List<String> requested = request == null || request.ids() == null ? List.of() : request.ids();
        List<HandsetEntry> selected;
        if (requested.isEmpty()) {
            selected = plan.entries();
        } else {
            selected = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                String field = "ids[" + i + "]";
                selected.add(plan.find(requested.get(i))
                        .orElseThrow(() -> new UnknownEntityException(field, "is not an entry of the Mobile devices list")));
            }
        }
        LiveSubscriptions live = reader.read();
        return new MobileDeviceExport(MobileDeviceExport.FORMAT, clock.instant(),
                selected.stream().distinct().map(e -> ExportedMobileDevice.of(MobileDeviceView.of(e, live, SipStatuses.unreachable())))
                        .toList());
    }

    public MobileDeviceImportResult importDocument(MobileDeviceExport document) {
        if (document == null || !MobileDeviceExport.FORMAT.equals(document.format())) {
            throw new InvalidValueException("format", "must be " + MobileDeviceExport.FORMAT);
        }
        if (document.mobileDevices() == null) {
            throw new InvalidValueException("mobileDevices", "is required");
        }
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < document.mobileDevices().size(); i++) {
            items.add(parse("mobileDevices[" + i + "]", document.mobileDevices().get(i)));
        }
        coordinator.change((plan, live) -> {
            HandsetPlan next = plan;
            Set<String> seen = new HashSet<>();
            Map<String, String> bound = live.boundIpuis();
            for (ParsedItem item : items) {
                try {
                    String ipui = item.settings().ipui() == null ? "" : item.settings().ipui().text();
                    if (!ipui.isEmpty() && !seen.add(ipui)) {
                        throw new InvalidValueException("ipui", "is listed twice");
                    }
                    Optional<HandsetEntry> existing = ipui.isEmpty() ? Optional.empty() : findByIpui(next, bound, ipui);
                    HandsetEntry entry = existing
                            .map(e -> item.settings().applyTo(e, live.statusOf(e), live.boundIpui(e.id())))
                            .orElseGet(() -> item.settings().withRegStatus(item.status())
                                    .create(HandsetAdministration.newId(), HandsetSettings.blank(random), random));
                    HandsetPlan candidate = next.with(entry);
                    candidate.validate(coordinator.maxHandsets(), plan, bound);
                    next = candidate;
                } catch (InvalidValueException e) {
                    // The handset limit concerns the whole list, not the line that reached it.
                    throw "handsets".equals(e.field()) ? e : e.under(item.prefix());
                }
            }
            return next;
        });
        return new MobileDeviceImportResult(items.size());
    }

    /** One line of the file; {@code status} applies to a new entry only, an existing one keeps its status. */
    private record ParsedItem(String prefix, HandsetSettings settings, RegStatus status) {
    }

    /** A line of the file as an entry request: the status only says To register or Not registered. */
    private ParsedItem parse(String prefix, ExportedMobileDevice item) {
        if (item == null) {
            throw new InvalidValueException(prefix, "must be a mobile device");
        }
        try {
            RegStatus exported = item.regStatus() == null ? RegStatus.TO_REGISTER : RegStatus.parse("regStatus", item.regStatus());
            RegStatus status = exported == RegStatus.NOT_REGISTERED ? RegStatus.NOT_REGISTERED : RegStatus.TO_REGISTER;
            var request = new HandsetRequest(item.ipui(), item.pin(), null, null, item.handsetName(), item.internalName(),
                    item.internalNumber(), item.dnd(), item.voipAccount());
            return new ParsedItem(prefix, request.parse(random), status);
        } catch (InvalidValueException e) {
            throw e.under(prefix);
        }
    }

    private static Optional<HandsetEntry> findByIpui(HandsetPlan plan, Map<String, String> bound, String ipui) {
        return plan.entries().stream()
                .filter(e -> ipui.equals(e.ipui().text()) || ipui.equals(bound.get(e.id())))
                .findFirst();
    }
}
