package io.multicell.integrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The If-Match header as RFC 9110 writes it: "*" or entity tags, compared strongly. */
class IfMatchTest {

    @Test
    void absentHeaderMeansNoCheck() {
        assertThat(IfMatch.parse(null)).isNull();
    }

    @Test
    void theWildcardMatchesAnyStoredVersion() {
        assertThat(IfMatch.parse("*").matches("\"abc\"")).isTrue();
        assertThat(IfMatch.parse(" * ").matches("\"xyz\"")).isTrue();
    }

    @Test
    void oneOfSeveralTagsMatchesStronglyAndAWeakTagNever() {
        IfMatch header = IfMatch.parse("\"old\", \"abc\" ,W/\"xyz\"");
        assertThat(header.matches("\"abc\"")).isTrue();
        assertThat(header.matches("\"old\"")).isTrue();
        assertThat(header.matches("\"xyz\"")).as("weak comparison is not allowed for If-Match").isFalse();
        assertThat(header.matches("\"other\"")).isFalse();
        assertThat(IfMatch.parse("\"a,b\"").matches("\"a,b\"")).as("a comma inside the quotes is part of the tag").isTrue();
    }

    @Test
    void aHeaderThatIsNoListOfTagsIsRefusedNamingIt() {
        for (String bad : new String[] {"abc", "\"abc", "\"a\" \"b\"", "", "*, \"a\"", "\"a\",,"}) {
            assertThatThrownBy(() -> IfMatch.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("If-Match"));
        }
    }
}
