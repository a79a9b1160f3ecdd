package io.multicell.integrator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a handset entry and of the list: PIN, IPUI, names, the handset limit, uniqueness, edits. */
class HandsetRulesTest {

    final RandomGenerator random = new Random(7);

    @ParameterizedTest
    @ValueSource(strings = {"12a4", "12345", "123", "", " 1234", "١٢٣٤"})
    void aPinIsExactlyFourDigits(String pin) {
        assertRefused(() -> request("0_1", pin, null).parse(random), "pin");
    }

    @Test
    void generatePinDrawsFourDigitsAndCannotBeCombinedWithAPin() {
        HandsetSettings generated = new HandsetRequest(null, null, true, null, null, null, null, null).parse(random);
        assertThat(generated.pin().digits()).matches("[0-9]{4}");
        assertRefused(() -> new HandsetRequest(null, "1234", true, null, null, null, null, null).parse(random), "pin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0123456789A", "XYZ", "0_0", "1_1", "0_12345", "01234-6789"})
    void aMalformedIpuiIsRefused(String ipui) {
        assertRefused(() -> request(ipui, "1234", null).parse(random), "ipui");
    }

    @Test
    void anIpuiIsConcreteAWildcardOrEmpty() {
        assertThat(request("0a1b2c3d4e", "1234", null).parse(random).ipui().text()).isEqualTo("0A1B2C3D4E");
        assertThat(request("0_17", "1234", null).parse(random).ipui().isWildcard()).isTrue();
        assertThat(request("", "1234", null).parse(random).ipui().text()).isEmpty();
    }

    @Test
    void namesHaveAtMost32CharactersAndTheInternalNumberDigitsOnly() {
        assertRefused(() -> new HandsetRequest(null, null, null, null, "x".repeat(33), null, null, null).parse(random), "handsetName");
        assertRefused(() -> new HandsetRequest(null, null, null, null, null, "y".repeat(33), null, null).parse(random), "internalName");
        assertRefused(() -> new HandsetRequest(null, null, null, null, null, null, "12a", null).parse(random), "internalNumber");
        assertRefused(() -> new HandsetRequest(null, null, null, null, null, null, "+4930", null).parse(random), "internalNumber");
        assertThat(new HandsetRequest(null, null, null, null, " " + "x".repeat(32) + " ", null, "0815", null).parse(random).handsetName())
                .hasSize(32);
    }

    @Test
    void aNewEntryHasDefaultsAndStartsToRegisterOrNotRegistered() {
        HandsetEntry entry = HandsetRequest.none().parse(random).create("e1", HandsetSettings.blank(random), random);
        assertThat(entry.ipui().text()).isEmpty();
        assertThat(entry.pin().digits()).matches("[0-9]{4}");
        assertThat(entry.requestedStatus()).isEqualTo(RegStatus.TO_REGISTER);
        assertThat(entry.dnd()).isFalse();

        assertRefused(() -> request("0_1", "1234", "Registered").parse(random).create("e2", HandsetSettings.blank(random), random), "regStatus");
        assertThat(request("0_1", "1234", "Not registered").parse(random).create("e3", HandsetSettings.blank(random), random).requestedStatus())
                .isEqualTo(RegStatus.NOT_REGISTERED);
    }

    @Test
    void anEditKeepsAbsentFieldsAndMovesRegStatusOnlyAsTheManualAllows() {
        HandsetEntry current = entry("e1", "0_1", "1234");

        HandsetEntry renamed = new HandsetRequest(null, null, null, null, "Reception", null, null, null).parse(random)
                .applyTo(current, RegStatus.TO_REGISTER, Optional.empty());
        assertThat(renamed.handsetName()).isEqualTo("Reception");
        assertThat(renamed.pin()).isEqualTo(Pin.parse("1234"));
        assertThat(renamed.ipui()).isEqualTo(current.ipui());

        assertThat(request(null, null, "Not registered").parse(random).applyTo(current, RegStatus.REGISTERING, Optional.empty())
                .requestedStatus()).isEqualTo(RegStatus.NOT_REGISTERED);
        assertRefused(() -> request(null, null, "Not registered").parse(random)
                .applyTo(current, RegStatus.REGISTERED, Optional.of("0ABCDEF123")), "regStatus");
        assertThat(request(null, null, "To deregister").parse(random).applyTo(current, RegStatus.REGISTERED, Optional.of("0ABCDEF123"))
                .requestedStatus()).isEqualTo(RegStatus.TO_DEREGISTER);
        // Sending back the status the list shows changes nothing.
        assertThat(request(null, null, "Registered").parse(random).applyTo(current, RegStatus.REGISTERED, Optional.of("0ABCDEF123"))
                .requestedStatus()).isEqualTo(RegStatus.TO_REGISTER);
    }

    @Test
    void theIpuiOfARegisteredHandsetCannotBeChanged() {
        HandsetEntry current = entry("e1", "0_1", "1234");

        assertRefused(() -> request("0_2", null, null).parse(random).applyTo(current, RegStatus.REGISTERED, Optional.of("0ABCDEF123")), "ipui");
        assertRefused(() -> request("0123456789", null, null).parse(random).applyTo(current, RegStatus.TO_DEREGISTER, Optional.of("0ABCDEF123")), "ipui");
        // The value the list shows (the registered IPUI) or the entry's own pattern is no change.
        assertThat(request("0abcdef123", null, null).parse(random).applyTo(current, RegStatus.REGISTERED, Optional.of("0ABCDEF123")).ipui().text())
                .isEqualTo("0_1");
        assertThat(request("0_2", null, null).parse(random).applyTo(current, RegStatus.TO_REGISTER, Optional.empty()).ipui().text())
                .isEqualTo("0_2");
    }

    @Test
    void theListHoldsAtMostTheConfiguredNumberOfHandsets() {
        List<HandsetEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            entries.add(entry("e" + i, "0_" + i, "1111"));
        }
        HandsetPlan full = new HandsetPlan(3, entries, null);
        full.validate(20, HandsetPlan.empty(), Map.of());

        HandsetPlan oneMore = full.with(entry("e21", "0_21", "1111"));
        assertThatThrownBy(() -> oneMore.validate(20, full, Map.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("handsets");
                    assertThat(e.rule()).isEqualTo("the system allows at most 20 handsets");
                });
        oneMore.validate(250, full, Map.of());
        // Lowered setting: the list may still shrink.
        full.without(List.of("e1")).validate(10, full, Map.of());
    }

    @Test
    void everyIpuiWildcardSlotAndInternalNumberIsUsedOnce() {
        HandsetPlan plan = new HandsetPlan(1, List.of(entry("e1", "0_1", "1111"), entry("e2", "0123456789", "2222")), null);
        plan.with(entry("e3", "", "3333")).with(entry("e4", "", "3333")).validate(20, plan, Map.of());

        assertRefused(() -> plan.with(entry("e3", "0_1", "3333")).validate(20, plan, Map.of()), "ipui");
        assertRefused(() -> plan.with(entry("e3", "0123456789", "3333")).validate(20, plan, Map.of()), "ipui");
        // e1's handset registered as 0ABCDEF123: no second entry for that IPUI.
        assertRefused(() -> plan.with(entry("e3", "0ABCDEF123", "3333")).validate(20, plan, Map.of("e1", "0ABCDEF123")), "ipui");

        HandsetPlan numbered = plan.with(entry("e1", "0_1", "1111").withInternalNumber("21"));
        assertRefused(() -> numbered.with(entry("e2", "0123456789", "2222").withInternalNumber("21")).validate(20, plan, Map.of()),
                "internalNumber");
    }

    static HandsetRequest request(String ipui, String pin, String regStatus) {
        return new HandsetRequest(ipui, pin, null, regStatus, null, null, null, null);
    }

    static HandsetEntry entry(String id, String ipui, String pin) {
        return new HandsetEntry(id, new IpuiPattern(ipui), Pin.parse(pin), RegStatus.TO_REGISTER, "", "", "", false);
    }

    static void assertRefused(Executable change, String field) {
        InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, change);
        assertThat(e.field()).isEqualTo(field);
    }
}
