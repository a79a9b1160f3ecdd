package io.multicell.integrator.handset;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.dm.LiveSubscription;
import io.multicell.integrator.dm.SubscriptionsSnapshot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveSubscriptionsTest {

    final HandsetEntry toRegister = entry("a", RegStatus.TO_REGISTER);
    final HandsetEntry toDeregister = entry("b", RegStatus.TO_DEREGISTER);
    final HandsetEntry unknown = entry("c", RegStatus.NOT_REGISTERED);

    @Test
    void theListShowsTheDmsStatusAndTheRegisteredIpui() {
        LiveSubscriptions live = live(
                new LiveSubscription("a", "0ABCDEF123", RegStatus.REGISTERED, true, null, null, "S700H", "1.0"),
                new LiveSubscription("b", "0123456789", RegStatus.REGISTERED, false, null, null, null, null));

        assertThat(live.statusOf(toRegister)).isEqualTo(RegStatus.REGISTERED);
        assertThat(live.boundIpui("a")).contains("0ABCDEF123");
        // Until the DM reports it gone, an entry set To deregister shows so.
        assertThat(live.statusOf(toDeregister)).isEqualTo(RegStatus.TO_DEREGISTER);
        // Not known to the DM (yet): what the admin asked for.
        assertThat(live.statusOf(unknown)).isEqualTo(RegStatus.NOT_REGISTERED);
        assertThat(live.boundIpuis()).isEqualTo(Map.of("a", "0ABCDEF123", "b", "0123456789"));
    }

    @Test
    void aWildcardStillWaitingIsNotABoundIpui() {
        LiveSubscriptions live = live(new LiveSubscription("a", "0_1", RegStatus.TO_REGISTER, false, null, null, null, null));
        assertThat(live.boundIpui("a")).isEmpty();
    }

    @Test
    void withoutTheDmEveryEntryShowsItsRequestedStatus() {
        LiveSubscriptions live = LiveSubscriptions.unreachable("DM1");
        assertThat(live.dmConnected()).isFalse();
        assertThat(live.statusOf(toRegister)).isEqualTo(RegStatus.TO_REGISTER);
        assertThat(live.statusOf(toDeregister)).isEqualTo(RegStatus.TO_DEREGISTER);
    }

    @Test
    void aRegistrationTheDmReportsIsRecordedAsKeepRegistered() {
        LiveSubscriptions live = live(new LiveSubscription("a", "0ABCDEF123", RegStatus.REGISTERED, true, null, null, null, null),
                new LiveSubscription("c", "", RegStatus.NOT_REGISTERED, false, null, null, null, null));
        HandsetPlan plan = new HandsetPlan(4, List.of(toRegister, unknown), null);

        HandsetPlan adopted = live.adoptInto(plan);

        assertThat(adopted.find("a").orElseThrow().requestedStatus()).isEqualTo(RegStatus.REGISTERED);
        assertThat(adopted.find("c").orElseThrow()).isEqualTo(unknown);
    }

    static LiveSubscriptions live(LiveSubscription... subscriptions) {
        return LiveSubscriptions.of(new SubscriptionsSnapshot(List.of(subscriptions), List.of(), 1, false), "DM1");
    }

    static HandsetEntry entry(String id, RegStatus requested) {
        return new HandsetEntry(id, new IpuiPattern(""), Pin.parse("1234"), requested, "", "", "", false);
    }
}
