package io.multicell.integrator.system.reset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which base stations were told to reboot and which could not be (offline). */
@Schema(name = "RebootResult")
public record RebootResult(
        @Schema(description = "MAC addresses of the bases rebooting now") List<String> rebooted,
        @Schema(description = "MAC addresses of confirmed bases that are offline and were not rebooted") List<String> offline) {
}
