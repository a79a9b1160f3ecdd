package io.multicell.integrator.setup;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the first login chose; absent until the admin has logged in the first time. */
@Schema(name = "SystemSetup")
public record SystemSetup(DectRadioBand dectRadioBand, DeviceRole deviceRole, Instant updatedAt) {
}
