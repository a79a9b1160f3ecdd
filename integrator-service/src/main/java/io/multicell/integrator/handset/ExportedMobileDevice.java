package io.multicell.integrator.handset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One handset entry in the export file. */
@Schema(name = "ExportedMobileDevice")
public record ExportedMobileDevice(
        @Schema(description = "IPUI of the registered handset, else the entry's IPUI, wildcard or empty") String ipui,
        @Schema(description = "PIN, 4 digits; absent on import: a random PIN") String pin,
        @Schema(description = "RegStatus when exported; an import creates entries To register, or Not registered when so exported")
        String regStatus,
        String handsetName,
        String internalName,
        String internalNumber,
        Boolean dnd) {

    static ExportedMobileDevice of(MobileDeviceView view) {
        return new ExportedMobileDevice(view.ipui(), view.pin(), view.regStatus(), view.handsetName(), view.internalName(),
                view.internalNumber(), view.dnd());
    }
}
