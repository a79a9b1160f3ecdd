package io.multicell.sip.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.multicell.sip.config.DialRules.AccessCodeUse;
import io.multicell.sip.config.DialRules.AreaCodeUse;

/** Access code and area code rules of the Call settings. */
class DialRulesTest {

    private static DialRules london(AccessCodeUse access, AreaCodeUse area) {
        return new DialRules("9", access, "00", "44", "0", "207", area);
    }

    @Test
    void withoutRulesNumbersGoOutAsDialled() {
        assertThat(DialRules.NONE.apply("1020")).isEqualTo("1020");
        assertThat(DialRules.NONE.apply(" 004420712345 ")).isEqualTo("004420712345");
    }

    @Test
    void localAreaCodeIsPrefixedToLocalNumbersOnly() {
        var rules = london(AccessCodeUse.NEVER, AreaCodeUse.LOCAL);
        assertThat(rules.apply("1234567")).isEqualTo("02071234567");
        assertThat(rules.apply("01611234567")).as("national").isEqualTo("01611234567");
        assertThat(rules.apply("0033123456")).as("international").isEqualTo("0033123456");
    }

    @Test
    void localAndNationalAlsoTurnsNationalNumbersInternational() {
        var rules = london(AccessCodeUse.NEVER, AreaCodeUse.LOCAL_AND_NATIONAL);
        assertThat(rules.apply("1234567")).isEqualTo("02071234567");
        assertThat(rules.apply("01611234567")).isEqualTo("00441611234567");
        assertThat(rules.apply("0033123456")).isEqualTo("0033123456");
    }

    @Test
    void accessCodeAlwaysIsPrefixedOnceAfterTheAreaCode() {
        assertThat(london(AccessCodeUse.ALWAYS, AreaCodeUse.NEVER).apply("1234567")).isEqualTo("91234567");
        assertThat(london(AccessCodeUse.ALWAYS, AreaCodeUse.NEVER).apply("91234567")).isEqualTo("91234567");
        assertThat(london(AccessCodeUse.ALWAYS, AreaCodeUse.LOCAL).apply("1234567")).isEqualTo("902071234567");
        assertThat(london(AccessCodeUse.CALL_LISTS, AreaCodeUse.NEVER).apply("1234567")).isEqualTo("1234567");
    }
}
