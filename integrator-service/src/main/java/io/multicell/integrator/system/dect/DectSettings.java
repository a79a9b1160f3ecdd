package io.multicell.integrator.system.dect;

import io.multicell.integrator.setup.DectRadioBand;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Settings > System > DECT settings". The radio band is the one chosen at the first login (one owner: the system
 * setup); absent until then. Stored as configuration of record; the DECT manager has no call to take these settings
 * yet, so they are not applied to the radio (docs/web-configurator-system.md).
 */
@Schema(name = "DectSettings")
public record DectSettings(
        @Schema(description = "ECO DECT radiation power (default MAXIMUM_RANGE)") EcoDectRadiationPower ecoDectRadiationPower,
        @Schema(description = "DECT encryption (default on)") boolean dectEncryption,
        @Schema(description = "Enhanced security - early encryption and re-keying (needs DECT encryption)") boolean earlyEncryptionAndReKeying,
        @Schema(description = "Enhanced security - automatic release for non-encrypted calls (needs DECT encryption)")
        boolean automaticReleaseForNonEncryptedCalls,
        @Schema(description = "DECT radio band; absent until the first login chose it") DectRadioBand dectRadioBand,
        @Schema(description = "Whether the DECT manager applies these settings (false: stored only)") boolean appliedToRadio) {

    public static DectSettings of(EcoDectRadiationPower power, DectSecurity security, DectRadioBand band) {
        return new DectSettings(power, security.dectEncryption(), security.earlyEncryptionAndReKeying(),
                security.automaticReleaseForNonEncryptedCalls(), band, false);
    }

    public DectSecurity security() {
        return new DectSecurity(dectEncryption, earlyEncryptionAndReKeying, automaticReleaseForNonEncryptedCalls);
    }
}
