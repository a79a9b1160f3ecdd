package io.multicell.integrator.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.multicell.core.InvalidValueException;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** "Settings for the handset": the VoIP account's length and character rules, and how an edit changes it. */
class VoipAccountRulesTest {

    static final VoipAccount ACCOUNT = new VoipAccount(1, "1001", "pw1001", "1001", "Reception");

    @Test
    void namesHaveNoSpacesAndEveryFieldAtMost74Characters() {
        assertThat(edit(new VoipAccountRequest(2, "x".repeat(74), "p w".repeat(24), "y".repeat(74), "Front desk"))).isNotNull();
        assertRefused(new VoipAccountRequest(null, "10 01", null, null, null), "voipAccount.authenticationName", "must not contain spaces");
        assertRefused(new VoipAccountRequest(null, null, null, "10\t01", null), "voipAccount.username", "must not contain spaces");
        assertRefused(new VoipAccountRequest(null, "x".repeat(75), null, null, null), "voipAccount.authenticationName",
                "must be at most 74 characters");
        assertRefused(new VoipAccountRequest(null, null, "p".repeat(75), null, null), "voipAccount.password", "must be at most 74 characters");
        assertRefused(new VoipAccountRequest(null, null, null, "u".repeat(75), null), "voipAccount.username", "must be at most 74 characters");
        assertRefused(new VoipAccountRequest(null, null, null, null, "d".repeat(75)), "voipAccount.displayName", "must be at most 74 characters");
        assertRefused(new VoipAccountRequest(null, null, null, null, "Evil\r\nVia: x"), "voipAccount.displayName",
                "must not contain control characters");
        assertRefused(new VoipAccountRequest(21, null, null, null, null), "voipAccount.providerProfileId", "must be 1..20 (0: none)");
        assertRefused(new VoipAccountRequest(-1, null, null, null, null), "voipAccount.providerProfileId", "must be 1..20 (0: none)");
    }

    @Test
    void absentFieldsKeepTheirValueAndProviderZeroMeansNone() {
        VoipAccount renamed = edit(new VoipAccountRequest(null, null, null, null, "Front desk"));
        assertThat(renamed).isEqualTo(new VoipAccount(1, "1001", "pw1001", "1001", "Front desk"));

        VoipAccount none = edit(new VoipAccountRequest(0, null, null, null, null));
        assertThat(none.active()).isFalse();
        assertThat(none.username()).isEqualTo("1001");
    }

    @Test
    void thePasswordIsNeverPrintedNorShown() {
        assertThat(ACCOUNT.toString()).doesNotContain("pw1001");
        assertThat(new VoipAccountRequest(1, null, "pw1001", null, null).toString()).doesNotContain("pw1001");
        VoipAccountView view = VoipAccountView.of(ACCOUNT);
        assertThat(view.passwordSet()).isTrue();
        assertThat(view.toString()).doesNotContain("pw1001");
        assertThat(VoipAccountView.of(VoipAccount.NONE).passwordSet()).isFalse();
    }

    @Test
    void aHandsetRequestChecksTheAccountBeforeAnythingElse() {
        var request = new HandsetRequest(null, null, null, null, null, null, null, null,
                new VoipAccountRequest(null, "a b", null, null, null));
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> request.parse(RandomGenerator.getDefault()));
        assertThat(e.field()).isEqualTo("voipAccount.authenticationName");
    }

    static VoipAccount edit(VoipAccountRequest request) {
        return request.checked().applyTo(ACCOUNT);
    }

    static void assertRefused(VoipAccountRequest request, String field, String rule) {
        Executable action = () -> edit(request);
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, action::execute);
        assertThat(e).as("refused on %s", field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.rule()).isEqualTo(rule);
    }
}
