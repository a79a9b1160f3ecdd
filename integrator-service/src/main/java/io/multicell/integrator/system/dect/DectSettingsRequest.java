package io.multicell.integrator.system.dect;

import io.multicell.integrator.api.Labelled;
import io.multicell.integrator.setup.DectRadioBand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The DECT settings page as a request; absent fields keep their value. */
@Schema(name = "DectSettingsRequest", description = "Fields of the DECT settings; absent fields keep their value")
public record DectSettingsRequest(
        @Schema(enumeration = {"MAXIMUM_RANGE", "LIMITED_RANGE"}) String ecoDectRadiationPower,
        Boolean dectEncryption,
        Boolean earlyEncryptionAndReKeying,
        Boolean automaticReleaseForNonEncryptedCalls,
        @Schema(enumeration = {"EUROPE", "US", "BRAZIL", "LATIN_AMERICA", "TAIWAN"}) String dectRadioBand) {

    public EcoDectRadiationPower power(EcoDectRadiationPower current) {
        return ecoDectRadiationPower == null ? current
                : Labelled.parse(EcoDectRadiationPower.class, "ecoDectRadiationPower", ecoDectRadiationPower);
    }

    public DectRadioBand band(DectRadioBand current) {
        return dectRadioBand == null || dectRadioBand.isBlank() ? current
                : Labelled.parse(DectRadioBand.class, "dectRadioBand", dectRadioBand);
    }

    public DectSecurity security(DectSecurity current) {
        return new DectSecurity(
                dectEncryption == null ? current.dectEncryption() : dectEncryption,
                earlyEncryptionAndReKeying == null ? current.earlyEncryptionAndReKeying() : earlyEncryptionAndReKeying,
                automaticReleaseForNonEncryptedCalls == null
                        ? current.automaticReleaseForNonEncryptedCalls() : automaticReleaseForNonEncryptedCalls);
    }
}
