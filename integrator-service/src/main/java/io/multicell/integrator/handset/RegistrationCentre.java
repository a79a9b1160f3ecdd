package io.multicell.integrator.handset;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The manual's Registration Centre: opens the time-controlled registration window for every entry To register
 * (pushed to the DM with the plan, which enforces it), closes it, and counts the entries by status.
 */
@ApplicationScoped
public class RegistrationCentre {

    private final HandsetPlanCoordinator coordinator;
    private final SubscriptionReader reader;
    private final Clock clock;
    private final ZoneId zone;

    public RegistrationCentre(HandsetPlanCoordinator coordinator, SubscriptionReader reader, Clock clock, HandsetConfig config) {
        this.coordinator = coordinator;
        this.reader = reader;
        this.clock = clock;
        this.zone = config.timeZone().filter(id -> !id.isBlank()).map(ZoneId::of).orElseGet(ZoneId::systemDefault);
    }

    public RegistrationCentreView view() {
        return view(coordinator.current());
    }

    /** "Start now": the window opens at the start time (absent: at once) for the duration (absent: 3 minutes). */
    public RegistrationCentreView open(WindowRequest request) {
        WindowRequest start = request == null ? new WindowRequest(null, null) : request;
        RegistrationWindow window = start.open(clock.instant(), zone);
        return view(coordinator.change((plan, live) -> plan.withWindow(window)));
    }

    /** "Close": no window, timers back to their defaults. */
    public RegistrationCentreView close() {
        return view(coordinator.change((plan, live) -> plan.withWindow(RegistrationWindow.closed())));
    }

    private RegistrationCentreView view(HandsetPlan plan) {
        Instant now = clock.instant();
        LiveSubscriptions live = reader.read();
        int toRegister = 0;
        int registering = 0;
        for (HandsetEntry entry : plan.entries()) {
            switch (live.statusOf(entry)) {
                case TO_REGISTER -> toRegister++;
                case REGISTERING -> registering++;
                default -> {
                }
            }
        }
        RegistrationWindow window = plan.window();
        return new RegistrationCentreView(now, zone.getId(),
                window.startTime() == null ? null : WindowRequest.START_TIME.format(window.startTime()),
                WindowDuration.of(window.duration()),
                window.isOpen(now), window.opensAt(), window.closesAt(),
                toRegister, registering, plan.entries().size(), 1,
                live.registrationOpen(), live.dmConnected());
    }
}
