package io.multicell.integrator.handset;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Registration Centre page: the window, its timers and the entries waiting to register. */
@Schema(name = "RegistrationCentre")
public record RegistrationCentreView(
        @Schema(description = "Current system time") Instant currentTime,
        @Schema(description = "Time zone of startTime", examples = "Europe/Berlin") String timeZone,
        @Schema(description = "Registration start time as entered (YYYY-MM-DD HH:mm); null: at once, or no window", nullable = true,
                examples = "2026-05-04 09:30") String startTime,
        @Schema(description = "Registration duration (default 3 minutes)") WindowDuration duration,
        @Schema(description = "The registration window is open now") boolean open,
        @Schema(description = "When the window opens/opened; null when closed", nullable = true) Instant opensAt,
        @Schema(description = "When the window closes/closed; null when closed", nullable = true) Instant closesAt,
        @Schema(description = "Entries in status To register") int toRegister,
        @Schema(description = "Entries in status Registering") int registering,
        @Schema(description = "All entries of the Mobile devices list") int total,
        @Schema(description = "DECT managers of the system (N670: always 1)") int dectManagers,
        @Schema(description = "The DECT manager is ready to register handsets now") boolean readyToRegister,
        @Schema(description = "false: the DECT manager did not answer (counts from the requested status)") boolean dmConnected) {
}
