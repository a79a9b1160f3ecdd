package io.multicell.integrator.handset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A random PIN as "Generate random PIN" shows it. */
@Schema(name = "GeneratedPin")
public record GeneratedPin(@Schema(examples = "4711") String pin) {
}
