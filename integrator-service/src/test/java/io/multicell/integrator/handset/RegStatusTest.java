package io.multicell.integrator.handset;

import static io.multicell.integrator.handset.RegStatus.NOT_REGISTERED;
import static io.multicell.integrator.handset.RegStatus.REGISTERED;
import static io.multicell.integrator.handset.RegStatus.REGISTERING;
import static io.multicell.integrator.handset.RegStatus.TO_DEREGISTER;
import static io.multicell.integrator.handset.RegStatus.TO_REGISTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegStatusTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "TO_REGISTER, NOT_REGISTERED",
            "NOT_REGISTERED, TO_REGISTER",
            "REGISTERING, NOT_REGISTERED",
            "REGISTERED, TO_DEREGISTER",
            "REGISTERED, REGISTERED",
            "TO_DEREGISTER, TO_DEREGISTER"})
    void theManualsTransitionsAreAllowed(RegStatus from, RegStatus to) {
        assertThat(from.transitionTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "TO_REGISTER, REGISTERED",
            "TO_REGISTER, TO_DEREGISTER",
            "TO_REGISTER, REGISTERING",
            "NOT_REGISTERED, REGISTERED",
            "NOT_REGISTERED, TO_DEREGISTER",
            "REGISTERING, TO_REGISTER",
            "REGISTERING, REGISTERED",
            "REGISTERED, NOT_REGISTERED",
            "REGISTERED, TO_REGISTER",
            "TO_DEREGISTER, REGISTERED",
            "TO_DEREGISTER, NOT_REGISTERED"})
    void everyOtherTransitionIsRefusedOnTheRegStatusField(RegStatus from, RegStatus to) {
        assertThatThrownBy(() -> from.transitionTo(to))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("regStatus"));
    }

    @Test
    void aRefusalNamesTheAllowedTargets() {
        assertThatThrownBy(() -> REGISTERED.transitionTo(NOT_REGISTERED))
                .hasMessage("regStatus: cannot change from Registered to Not registered; allowed: To deregister");
        assertThatThrownBy(() -> TO_DEREGISTER.transitionTo(TO_REGISTER))
                .hasMessageContaining("allowed: none while the handset is being de-registered");
    }

    @Test
    void labelsAndCodesAreAccepted() {
        assertThat(RegStatus.parse("regStatus", "To register")).isEqualTo(TO_REGISTER);
        assertThat(RegStatus.parse("regStatus", "not registered")).isEqualTo(NOT_REGISTERED);
        assertThat(RegStatus.parse("regStatus", "In registration")).isEqualTo(REGISTERING);
        assertThat(RegStatus.parse("regStatus", "REGISTERED")).isEqualTo(REGISTERED);
        assertThat(RegStatus.parse("regStatus", "to_deregister")).isEqualTo(TO_DEREGISTER);
        assertThat(REGISTERING.label()).isEqualTo("Registering");
        assertThatThrownBy(() -> RegStatus.parse("regStatus", "Flying"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("regStatus");
                    assertThat(e.rule()).contains("To register", "To deregister");
                });
    }

    @Test
    void aNewEntryStartsToRegisterOrNotRegistered() {
        assertThat(RegStatus.initial()).containsExactlyInAnyOrder(TO_REGISTER, NOT_REGISTERED);
    }
}
