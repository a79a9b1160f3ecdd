package io.multicell.integrator.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Activate user access": Yes/No. */
@Schema(name = "UserActivation")
public record UserActivation(@Schema(required = true) Boolean active) {
}
