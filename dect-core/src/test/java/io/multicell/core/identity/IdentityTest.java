package io.multicell.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void macIsParsedFromAnyCommonNotationIntoCanonicalForm() {
        assertThat(MacAddress.parse("7c2f80000001").value()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(MacAddress.parse("7c-2f-80-00-00-01")).isEqualTo(MacAddress.parse("7C:2F:80:00:00:01"));
    }

    @Test
    void malformedMacIsRejectedNamingTheField() {
        assertThatThrownBy(() -> MacAddress.parse("7C:2F:80:00:00"))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("mac"));
    }

    @Test
    void macWithWrongDigitsOrLengthIsRejected() {
        for (String bad : new String[] {"7C:2F:80:00:00:0G", "7C:2F:80:00:00:01:02", "7C 2F 80 00 00 01", "", "::::",
                "7C2F800000011"}) {
            assertThatThrownBy(() -> MacAddress.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> new MacAddress("7c:2f:80:00:00:01")).isInstanceOf(InvalidValueException.class);
        assertThat(MacAddress.parse(" 7C:2F:80:00:00:0a ").value()).isEqualTo("7C:2F:80:00:00:0A");
    }

    @Test
    void instanceNumberDerivesDistinctMacs() {
        assertThat(MacAddress.forInstance(1).value()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(MacAddress.forInstance(300).value()).isEqualTo("7C:2F:80:00:01:2C");
    }

    @Test
    void rpnCarriesTheDmGroupInItsTwoMostSignificantBits() {
        Rpn rpn = Rpn.of(2, 5);
        assertThat(rpn.value()).isEqualTo(0x85);
        assertThat(rpn.group()).isEqualTo(2);
        assertThat(rpn.index()).isEqualTo(5);
        assertThatThrownBy(() -> Rpn.of(0, 64)).hasMessageContaining("full");
    }

    @Test
    void rfpiIsPariFollowedByRpnInHex() {
        Rfpi rfpi = new Rfpi(Pari.parse("1a2b3c4d"), Rpn.of(0, 3));
        assertThat(rfpi.toString()).isEqualTo("1A2B3C4D03");
        assertThat(Rfpi.parse("1A2B3C4D03")).isEqualTo(rfpi);
    }

    @Test
    void ipuiMustBeTenHexDigits() {
        assertThat(Ipui.parse("0279a7c1d2").value()).isEqualTo("0279A7C1D2");
        assertThatThrownBy(() -> Ipui.parse("12345")).isInstanceOf(InvalidValueException.class);
    }
}
