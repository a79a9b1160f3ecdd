package io.multicell.integrator.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.dm.LiveSubscription;
import io.multicell.integrator.dm.SubscriptionsSnapshot;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.LiveSubscriptions;
import io.multicell.integrator.handset.RegStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandsetNamesTest {

    static HandsetEntry entry(String id, String ipui, String handsetName, String internalName) {
        return new HandsetEntry(id, new IpuiPattern(ipui), Pin.parse("1234"), RegStatus.REGISTERED, handsetName, internalName, "", false);
    }

    static final HandsetPlan PLAN = new HandsetPlan(3, List.of(
            entry("wild", "0_1", "Reception", ""),
            entry("fixed", "0123456789", "", "Anna"),
            entry("nameless", "0AAAAAAAAA", "", "")), null);

    @Test
    void aCallIsNamedAfterTheEntryItsHandsetRegisteredWith() {
        var live = LiveSubscriptions.of(new SubscriptionsSnapshot(List.of(
                new LiveSubscription("wild", "0ABCDEF123", RegStatus.REGISTERED, true, null, null, null, null)), List.of(), 3, false), "DM1");

        HandsetNames names = HandsetNames.of(PLAN, live);

        assertThat(names.of("0abcdef123")).contains("Reception");
        assertThat(names.of("0123456789")).contains("Anna");
        assertThat(names.of("0AAAAAAAAA")).isEmpty();
        assertThat(names.of("0FFFFFFFFF")).isEmpty();
    }

    @Test
    void withoutTheDmOnlyEntriesWithAFullIpuiAreKnown() {
        HandsetNames names = HandsetNames.of(PLAN, LiveSubscriptions.unreachable("DM1"));

        assertThat(names.of("0ABCDEF123")).isEmpty();
        assertThat(names.of("0123456789")).contains("Anna");
    }
}
