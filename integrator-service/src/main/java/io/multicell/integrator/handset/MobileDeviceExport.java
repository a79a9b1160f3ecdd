package io.multicell.integrator.handset;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The handset configuration export file, imported as it was exported. */
@Schema(name = "MobileDeviceExport")
public record MobileDeviceExport(
        @Schema(description = "Always " + MobileDeviceExport.FORMAT, examples = MobileDeviceExport.FORMAT) String format,
        Instant exportedAt,
        List<ExportedMobileDevice> mobileDevices) {

    public static final String FORMAT = "multicell-mobile-devices/v1";
}
