package io.multicell.manager.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import io.multicell.core.InvalidValueException;
import io.multicell.manager.subscription.HandsetPlan;
import io.multicell.proto.manager.v1.HandsetEntry;
import io.multicell.proto.manager.v1.RegStatus;
import io.multicell.proto.manager.v1.RegistrationWindow;
import org.junit.jupiter.api.Test;

/** Every rule of the handset plan answers with the field and the rule, and never with the PIN. */
class SubscriptionMessagesTest {

    @Test
    void aValidPlanIsTakenAsIs() {
        HandsetPlan plan = SubscriptionMessages.plan(plan(entry("hs-1", "0_1", "1234"), entry("hs-2", "00000000aa", "0000"),
                entry("hs-3", "", "9999")).build());

        assertThat(plan.revision()).isEqualTo(3);
        assertThat(plan.maxHandsets()).isEqualTo(20);
        assertThat(plan.entries()).extracting(e -> e.ipui().text()).containsExactly("0_1", "00000000AA", "");
        assertThat(plan.window()).hasValueSatisfying(w -> assertThat(w.closesAt().getEpochSecond()).isEqualTo(1_180));
        assertThat(plan.toString()).doesNotContain("1234").doesNotContain("9999");
    }

    @Test
    void everyBrokenRuleNamesItsFieldAndRule() {
        assertInvalid(plan(entry("hs-1", "0_1", "12a4")), "entries[hs-1].pin: must be exactly 4 digits");
        assertInvalid(plan(entry("hs-1", "0_1", "12345")), "entries[hs-1].pin: must be exactly 4 digits");
        assertInvalid(plan(entry("hs-1", "0_1", "")), "entries[hs-1].pin: must be exactly 4 digits");
        assertInvalid(plan(entry("hs-1", "12345", "1234")),
                "entries[hs-1].ipui: must be 10 hex digits, a wildcard 0_1, 0_2, ... or empty (any handset)");
        assertInvalid(plan(entry("hs-1", "0_1", "1234"), entry("", "0_2", "1234")), "entries[1].entryId: must not be empty");
        assertInvalid(plan(entry("hs-1", "0_1", "1234"), entry("hs-1", "0_2", "1234")), "entries[hs-1].entryId: must be unique");
        assertInvalid(plan(entry("hs-1", "00000000AA", "1234"), entry("hs-2", "00000000aa", "1234")),
                "entries[hs-2].ipui: 00000000AA is already the IPUI of entry hs-1");
        assertInvalid(plan(entry("hs-1", "0_1", "1234").setRequestedStatus(RegStatus.REGISTERING)),
                "entries[hs-1].requestedStatus: must be TO_REGISTER, NOT_REGISTERED, TO_DEREGISTER or REGISTERED");
        assertInvalid(plan(entry("hs-1", "0_1", "1234").setRequestedStatus(RegStatus.REG_STATUS_UNSPECIFIED)),
                "entries[hs-1].requestedStatus: must be TO_REGISTER, NOT_REGISTERED, TO_DEREGISTER or REGISTERED");
        assertInvalid(plan(entry("x".repeat(65), "0_1", "1234")), "entries[" + "x".repeat(65) + "].entryId: must be at most 64 characters");
        assertInvalid(plan().setMaxHandsets(0), "maxHandsets: must be at least 1");
        assertInvalid(plan().setRevision(0), "revision: must be at least 1");
        assertInvalid(plan().setWindow(RegistrationWindow.newBuilder().setOpensAt(at(1_000)).setClosesAt(at(1_000))),
                "window.closesAt: must be after window.opensAt");
        assertInvalid(plan().setWindow(RegistrationWindow.newBuilder().setOpensAt(at(1_000)).setClosesAt(at(900))),
                "window.closesAt: must be after window.opensAt");
        assertInvalid(plan().setWindow(RegistrationWindow.newBuilder().setClosesAt(at(900))), "window.opensAt: is required");
    }

    @Test
    void withoutAWindowRegistrationIsClosed() {
        HandsetPlan plan = SubscriptionMessages.plan(plan(entry("hs-1", "0_1", "1234")).clearWindow().build());

        assertThat(plan.window()).isEmpty();
        assertThat(plan.registrationOpen(java.time.Instant.ofEpochSecond(1_100))).isFalse();
    }

    private static void assertInvalid(io.multicell.proto.manager.v1.HandsetPlan.Builder plan, String message) {
        assertThatThrownBy(() -> SubscriptionMessages.plan(plan.build()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    private static io.multicell.proto.manager.v1.HandsetPlan.Builder plan(HandsetEntry.Builder... entries) {
        var plan = io.multicell.proto.manager.v1.HandsetPlan.newBuilder()
                .setRevision(3)
                .setMaxHandsets(20)
                .setWindow(RegistrationWindow.newBuilder().setOpensAt(at(1_000)).setClosesAt(at(1_180)));
        for (var entry : entries) {
            plan.addEntries(entry);
        }
        return plan;
    }

    private static HandsetEntry.Builder entry(String id, String ipui, String pin) {
        return HandsetEntry.newBuilder().setEntryId(id).setIpui(ipui).setPin(pin).setRequestedStatus(RegStatus.TO_REGISTER);
    }

    private static Timestamp at(long seconds) {
        return Timestamp.newBuilder().setSeconds(seconds).build();
    }
}
