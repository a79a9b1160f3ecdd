package io.multicell.integrator.handset;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which entries to export; none listed: all of them. */
@Schema(name = "MobileDeviceExportRequest")
public record MobileDeviceExportRequest(@Schema(description = "Entry ids; empty or absent: all") List<String> ids) {
}
