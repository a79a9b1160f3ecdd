package io.multicell.integrator.basestation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: the bases it confirmed (added), the connected bases it changed and the ones it skipped. */
@Schema(name = "BaseStationImportResult")
public record ImportResult(
        @Schema(description = "How many bases were confirmed or updated") int imported,
        @Schema(description = "MACs of the bases that were not connected before and are now") List<String> added,
        @Schema(description = "MACs of connected bases that took the settings of the file") List<String> changed,
        @Schema(description = "MACs in the file that were not imported: the local base, bound to its DECT manager") List<String> skipped) {

    public ImportResult {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        skipped = List.copyOf(skipped);
    }
}
