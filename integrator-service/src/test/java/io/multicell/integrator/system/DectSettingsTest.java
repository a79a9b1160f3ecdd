package io.multicell.integrator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.integrator.setup.DectRadioBand;
import io.multicell.integrator.system.dect.DectSecurity;
import io.multicell.integrator.system.dect.DectSettingsRequest;
import io.multicell.integrator.system.dect.EcoDectRadiationPower;
import org.junit.jupiter.api.Test;

class DectSettingsTest {

    @Test
    void radioTrafficIsEncryptedByDefault() {
        assertThat(DectSecurity.defaults().dectEncryption()).isTrue();
    }

    @Test
    void theEnhancedSecurityOptionsNeedEncryption() {
        DectSecurity current = DectSecurity.defaults();
        assertThatThrownBy(() -> new DectSettingsRequest(null, false, true, null, null).security(current))
                .hasMessage("earlyEncryptionAndReKeying: must be off while DECT encryption is off");
        assertThatThrownBy(() -> new DectSettingsRequest(null, false, null, true, null).security(current))
                .hasMessage("automaticReleaseForNonEncryptedCalls: must be off while DECT encryption is off");
        assertThat(new DectSettingsRequest(null, false, false, false, null).security(current).dectEncryption()).isFalse();
    }

    @Test
    void optionsAreNamedByCodeOrByTheManualsLabel() {
        DectSettingsRequest request = new DectSettingsRequest("Limited range", null, null, null, "1920 - 1930 MHz (US, Canada)");
        assertThat(request.power(EcoDectRadiationPower.MAXIMUM_RANGE)).isEqualTo(EcoDectRadiationPower.LIMITED_RANGE);
        assertThat(request.band(DectRadioBand.EUROPE)).isEqualTo(DectRadioBand.US);
        assertThatThrownBy(() -> new DectSettingsRequest("low", null, null, null, null).power(EcoDectRadiationPower.MAXIMUM_RANGE))
                .hasMessage("ecoDectRadiationPower: must be one of MAXIMUM_RANGE, LIMITED_RANGE");
        assertThatThrownBy(() -> new DectSettingsRequest(null, null, null, null, "MARS").band(DectRadioBand.EUROPE))
                .hasMessageStartingWith("dectRadioBand: must be one of EUROPE");
    }
}
