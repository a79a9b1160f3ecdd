package io.multicell.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.identity.Ipui;
import org.junit.jupiter.api.Test;

class AuthenticationKeysTest {

    private static final Ipui IPUI = Ipui.parse("0279A7C1D2");

    @Test
    void handsetAndDmWithTheSamePinDeriveTheSameKey() {
        byte[] rs = AuthenticationKeys.randomChallenge();
        byte[] rand = AuthenticationKeys.randomChallenge();
        byte[] handsetUak = AuthenticationKeys.deriveUak(Pin.parse("1234"), rs, IPUI);
        byte[] dmUak = AuthenticationKeys.deriveUak(Pin.parse("1234"), rs, IPUI);
        assertThat(AuthenticationKeys.verify(dmUak, rand, IPUI, AuthenticationKeys.response(handsetUak, rand, IPUI))).isTrue();
    }

    @Test
    void wrongPinOrOtherIpuiFailsTheChallenge() {
        byte[] rs = AuthenticationKeys.randomChallenge();
        byte[] rand = AuthenticationKeys.randomChallenge();
        byte[] dmUak = AuthenticationKeys.deriveUak(Pin.parse("1234"), rs, IPUI);
        byte[] wrongPin = AuthenticationKeys.deriveUak(Pin.parse("1235"), rs, IPUI);
        assertThat(AuthenticationKeys.verify(dmUak, rand, IPUI, AuthenticationKeys.response(wrongPin, rand, IPUI))).isFalse();
        Ipui clone = Ipui.parse("0279A7C1D3");
        assertThat(AuthenticationKeys.verify(dmUak, rand, IPUI, AuthenticationKeys.response(dmUak, rand, clone))).isFalse();
    }

    @Test
    void aReplayedAnswerDoesNotPassAFreshChallenge() {
        byte[] uak = AuthenticationKeys.deriveUak(Pin.parse("1234"), AuthenticationKeys.randomChallenge(), IPUI);
        byte[] old = AuthenticationKeys.response(uak, AuthenticationKeys.randomChallenge(), IPUI);
        assertThat(AuthenticationKeys.verify(uak, AuthenticationKeys.randomChallenge(), IPUI, old)).isFalse();
    }

    @Test
    void pinMustBeFourDigitsAndNeverPrints() {
        assertThatThrownBy(() -> Pin.parse("12a4")).hasMessageContaining("4 digits");
        assertThatThrownBy(() -> Pin.parse("12345")).hasMessageContaining("4 digits");
        assertThat(Pin.parse("0042").toString()).doesNotContain("0042");
    }

    @Test
    void ipuiPatternsAcceptConcreteWildcardAndEmpty() {
        assertThat(new IpuiPattern("0_1").admits(IPUI)).isTrue();
        assertThat(new IpuiPattern("").admits(IPUI)).isTrue();
        assertThat(new IpuiPattern("0279a7c1d2").admits(IPUI)).isTrue();
        assertThat(new IpuiPattern("0279A7C1D3").admits(IPUI)).isFalse();
        assertThatThrownBy(() -> new IpuiPattern("XYZ")).hasMessageContaining("ipui");
    }
}
