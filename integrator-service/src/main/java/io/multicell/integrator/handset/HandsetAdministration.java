package io.multicell.integrator.handset;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.api.UnknownEntityException;
import io.multicell.integrator.sip.SipStatusReader;
import io.multicell.integrator.sip.SipStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/** The manual's "Mobile devices administration": list, add, edit, copy, replace and delete handset entries. */
@ApplicationScoped
public class HandsetAdministration {

    private final HandsetPlanCoordinator coordinator;
    private final SubscriptionReader reader;
    private final SipStatusReader sip;
    /** PINs are access secrets: drawn from a cryptographic generator. */
    private final RandomGenerator random = new SecureRandom();

    public HandsetAdministration(HandsetPlanCoordinator coordinator, SubscriptionReader reader, SipStatusReader sip) {
        this.coordinator = coordinator;
        this.reader = reader;
        this.sip = sip;
    }

    public List<MobileDeviceView> list() {
        HandsetPlan plan = coordinator.current();
        LiveSubscriptions live = reader.read();
        SipStatuses statuses = sip.read();
        return plan.entries().stream().map(e -> MobileDeviceView.of(e, live, statuses)).toList();
    }

    public MobileDeviceView get(String id) {
        HandsetEntry entry = require(coordinator.current(), id);
        return MobileDeviceView.of(entry, reader.read(), sip.read());
    }

    /**
     * The stored entry as plain values, every field (the PIN's digits, the VoIP password too): the document the API's
     * ETag of the entry is a hash of. The view adds the live registration and SIP status, which do not change the ETag.
     */
    public java.util.List<Object> entry(String id) {
        HandsetEntry e = require(coordinator.current(), id);
        return java.util.Arrays.asList(e.id(), e.ipui().text(), e.pin().digits(), e.requestedStatus().name(), e.handsetName(),
                e.internalName(), e.internalNumber(), e.dnd(), e.voipAccount());
    }

    /** Add: the entry is pushed to the DM; with To register the handset may register (in an open window). */
    public MobileDeviceView create(HandsetRequest request) {
        HandsetSettings settings = (request == null ? HandsetRequest.none() : request).parse(random);
        String id = newId();
        HandsetPlan committed = coordinator.change((plan, live) ->
                plan.with(settings.create(id, HandsetSettings.blank(random), random)));
        return view(committed, id);
    }

    /** Edit: absent fields keep their value. */
    public MobileDeviceView update(String id, HandsetRequest request) {
        HandsetSettings settings = (request == null ? HandsetRequest.none() : request).parse(random);
        HandsetPlan committed = coordinator.change((plan, live) -> {
            HandsetEntry current = require(plan, id);
            return plan.with(settings.applyTo(current, live.statusOf(current), live.boundIpui(id)));
        });
        return view(committed, id);
    }

    /** Deletes entries, all or nothing; the DM drops their registrations. */
    public void delete(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValueException("id", "is required");
        }
        Set<String> doomed = new LinkedHashSet<>(ids);
        coordinator.change((plan, live) -> {
            doomed.forEach(id -> require(plan, id));
            return plan.without(doomed);
        });
    }

    /**
     * Copy: a new entry with the settings of {@code id} except personal data (IPUI, names, number and VoIP access data
     * empty, a new random PIN; the VoIP provider stays), To register; {@code overrides} are the fields entered on the data page that opens.
     */
    public MobileDeviceView copy(String id, HandsetRequest overrides) {
        HandsetSettings settings = (overrides == null ? HandsetRequest.none() : overrides).parse(random);
        String copyId = newId();
        HandsetPlan committed = coordinator.change((plan, live) -> {
            HandsetEntry source = require(plan, id);
            // The VoIP provider is a setting; the account's access data are personal.
            var template = new HandsetEntry(copyId, new IpuiPattern(""), Pin.random(random), RegStatus.TO_REGISTER, "", "", "", source.dnd(),
                    source.voipAccount().providerOnly());
            return plan.with(settings.create(copyId, template, random));
        });
        return view(committed, copyId);
    }

    /**
     * Replace: the user of {@code id} gets another handset. The old entry is set to To deregister; the new one keeps
     * the user's data (names, internal number, DND, VoIP account) for a new handset (any IPUI, new random PIN, To register).
     */
    public MobileDeviceView replace(String id, HandsetRequest overrides) {
        HandsetSettings settings = (overrides == null ? HandsetRequest.none() : overrides).parse(random);
        String newId = newId();
        HandsetPlan committed = coordinator.change((plan, live) -> {
            HandsetEntry old = require(plan, id);
            RegStatus shown = live.statusOf(old);
            if (shown != RegStatus.REGISTERED) {
                throw new InvalidValueException("regStatus", "only a Registered handset can be replaced; this one is " + shown.label());
            }
            var template = new HandsetEntry(newId, new IpuiPattern(""), Pin.random(random), RegStatus.TO_REGISTER,
                    old.handsetName(), old.internalName(), old.internalNumber(), old.dnd(), old.voipAccount());
            // The internal number and the VoIP account move with the user to the new handset.
            HandsetEntry retired = old.withRequestedStatus(shown.transitionTo(RegStatus.TO_DEREGISTER)).withInternalNumber("")
                    .withVoipAccount(VoipAccount.NONE);
            return plan.with(retired).with(settings.create(newId, template, random));
        });
        return view(committed, newId);
    }

    /** "Generate random PIN". */
    public String generatePin() {
        return Pin.random(random).digits();
    }

    /** Refused registration attempts, newest first; the DM must answer. */
    public List<RegistrationRefusalView> refusals() {
        return reader.require().refusals().stream().map(RegistrationRefusalView::of).toList();
    }

    private MobileDeviceView view(HandsetPlan committed, String id) {
        return MobileDeviceView.of(require(committed, id), reader.read(), sip.read());
    }

    static HandsetEntry require(HandsetPlan plan, String id) {
        return plan.find(id).orElseThrow(() -> new UnknownEntityException("id", "is not an entry of the Mobile devices list"));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
