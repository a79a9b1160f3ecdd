package io.multicell.integrator.system.reset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Reset to device": the role after the reset, and the explicit confirmation. */
@Schema(name = "FactoryResetRequest")
public record FactoryResetRequest(
        @Schema(required = true, enumeration = {"ALL_IN_ONE_DYNAMIC_IP", "ALL_IN_ONE_STATIC_IP", "ALL_IN_ONE_INTERNAL_TELEPHONY"},
                description = "Also the manual's labels, e.g. \"All in one - static IP\"") String resetTo,
        @Schema(required = true, description = "Must be true: the settings are lost") Boolean confirm) {
}
