package io.multicell.integrator.system.reset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Reboot now - Confirm with Yes": nothing happens without {@code confirm: true}. */
@Schema(name = "RebootRequest")
public record RebootRequest(@Schema(required = true, description = "Must be true: the reboot terminates every call") Boolean confirm) {
}
