package io.multicell.integrator.handset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many entries an import added or updated. */
@Schema(name = "MobileDeviceImportResult")
public record MobileDeviceImportResult(int imported) {
}
