package io.multicell.integrator.basestation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which bases to export; none listed: all of them. */
@Schema(name = "ExportRequest")
public record ExportRequest(@Schema(description = "MACs of connected bases; empty or absent: all") List<String> macs) {
}
