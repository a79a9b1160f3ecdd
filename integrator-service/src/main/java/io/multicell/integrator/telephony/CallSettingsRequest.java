package io.multicell.integrator.telephony;

import io.multicell.integrator.api.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Call settings page as a request; absent fields keep their value, options by code or label. */
@Schema(name = "CallSettingsRequest", description = "Fields of the call settings; absent fields keep their value")
public record CallSettingsRequest(
        Boolean transferByRKey,
        Boolean transferOnHook,
        @Schema(enumeration = {"AOR", "CONTACT"}) String transferTarget,
        String accessCode,
        @Schema(enumeration = {"NEVER", "CALL_LISTS", "ALWAYS"}) String accessCodeUse,
        String internationalPrefix,
        String internationalAreaCode,
        String localPrefix,
        String localAreaCode,
        @Schema(enumeration = {"NEVER", "LOCAL", "LOCAL_AND_NATIONAL"}) String useAreaCode) {

    public CallSettings applyTo(CallSettings current) {
        return new CallSettings(
                or(transferByRKey, current.transferByRKey()),
                or(transferOnHook, current.transferOnHook()),
                transferTarget == null ? current.transferTarget() : Labelled.parse(TransferTarget.class, "transferTarget", transferTarget),
                or(accessCode, current.accessCode()),
                accessCodeUse == null ? current.accessCodeUse() : Labelled.parse(AccessCodeUse.class, "accessCodeUse", accessCodeUse),
                or(internationalPrefix, current.internationalPrefix()),
                or(internationalAreaCode, current.internationalAreaCode()),
                or(localPrefix, current.localPrefix()),
                or(localAreaCode, current.localAreaCode()),
                useAreaCode == null ? current.useAreaCode() : Labelled.parse(AreaCodeUse.class, "useAreaCode", useAreaCode));
    }

    private static <T> T or(T given, T current) {
        return given == null ? current : given;
    }
}
