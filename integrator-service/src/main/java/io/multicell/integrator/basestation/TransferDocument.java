package io.multicell.integrator.basestation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The base station export file, imported as it was exported. */
@Schema(name = "BaseStationExport")
public record TransferDocument(
        @Schema(description = "Always " + TransferDocument.FORMAT, examples = TransferDocument.FORMAT) String format,
        Instant exportedAt,
        List<TransferredBase> baseStations) {

    public static final String FORMAT = "multicell-base-stations/v1";
}
