package io.multicell.integrator.dm;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import io.multicell.core.access.IpuiPattern;
import io.multicell.core.access.Pin;
import io.multicell.integrator.handset.HandsetEntry;
import io.multicell.integrator.handset.HandsetPlan;
import io.multicell.integrator.handset.RegStatus;
import io.multicell.integrator.handset.RegistrationWindow;
import io.multicell.proto.manager.v1.ListSubscriptionsResponse;
import io.multicell.proto.manager.v1.RegistrationRefusal;
import io.multicell.proto.manager.v1.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandsetSubscriptionsClientMappingTest {

    @Test
    void theWholePlanGoesOnTheWireWithPinsStatusesAndWindow() {
        var entries = List.of(
                new HandsetEntry("e1", new IpuiPattern("0_1"), Pin.parse("0042"), RegStatus.TO_REGISTER, "Anna", "", "21", false),
                new HandsetEntry("e2", new IpuiPattern(""), Pin.parse("9999"), RegStatus.TO_DEREGISTER, "", "", "", true));
        var window = RegistrationWindow.of(null, Duration.ofMinutes(3), Instant.parse("2030-01-02T09:00:00Z"));

        var wire = HandsetSubscriptionsClient.toWire(new HandsetPlan(7, entries, window), 20);

        assertThat(wire.getRevision()).isEqualTo(7);
        assertThat(wire.getMaxHandsets()).isEqualTo(20);
        assertThat(wire.getEntriesList()).extracting(e -> e.getEntryId() + "/" + e.getIpui() + "/" + e.getPin() + "/" + e.getRequestedStatus())
                .containsExactly("e1/0_1/0042/TO_REGISTER", "e2//9999/TO_DEREGISTER");
        assertThat(wire.getWindow().getOpensAt().getSeconds()).isEqualTo(Instant.parse("2030-01-02T09:00:00Z").getEpochSecond());
        assertThat(wire.getWindow().getClosesAt().getSeconds()).isEqualTo(Instant.parse("2030-01-02T09:03:00Z").getEpochSecond());

        assertThat(HandsetSubscriptionsClient.toWire(new HandsetPlan(8, entries, RegistrationWindow.closed()), 20).hasWindow()).isFalse();
    }

    @Test
    void liveStateAndRefusalsComeBackAsDomainValuesNewestFirst() {
        var response = ListSubscriptionsResponse.newBuilder()
                .setPlanRevision(5)
                .setRegistrationOpen(true)
                .addSubscriptions(Subscription.newBuilder().setEntryId("e1").setIpui("0ABCDEF123")
                        .setStatus(io.multicell.proto.manager.v1.RegStatus.REGISTERED).setReachable(true)
                        .setLocationBaseMac("7C:2F:80:00:00:02").setLocationRfpi("1A2B3C4D02").setModel("S700H PRO").setFirmware("1.2"))
                .addSubscriptions(Subscription.newBuilder().setEntryId("e2").setIpui("0_1"))
                .addRefusals(refusal("0000000001", 100, "wrong PIN"))
                .addRefusals(refusal("0000000002", 200, "no entry"))
                .build();

        SubscriptionsSnapshot snapshot = HandsetSubscriptionsClient.fromWire(response);

        assertThat(snapshot.planRevision()).isEqualTo(5);
        assertThat(snapshot.registrationOpen()).isTrue();
        assertThat(snapshot.subscriptions()).containsExactly(
                new LiveSubscription("e1", "0ABCDEF123", RegStatus.REGISTERED, true, "7C:2F:80:00:00:02", "1A2B3C4D02", "S700H PRO", "1.2"),
                new LiveSubscription("e2", "0_1", null, false, null, null, null, null));
        assertThat(snapshot.refusals()).extracting(io.multicell.integrator.dm.RegistrationRefusal::reason)
                .containsExactly("no entry", "wrong PIN");
    }

    static RegistrationRefusal refusal(String ipui, long seconds, String reason) {
        return RegistrationRefusal.newBuilder().setIpui(ipui).setAt(Timestamp.newBuilder().setSeconds(seconds)).setReason(reason).build();
    }
}
