package io.multicell.integrator.basestation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** LED status display of all base stations (enabled by default). */
@Schema(name = "LedDisplay")
public record LedDisplay(@Schema(required = true, description = "True: the LEDs show the base status") Boolean enabled) {
}
