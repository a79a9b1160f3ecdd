package io.multicell.integrator.basestation;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.integrator.dm.LiveBaseStation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseStationViewTest {

    private static final MacAddress MAC = MacAddress.parse("7c2f80000002");
    private static final MacAddress MASTER = MacAddress.parse("7c2f80000001");
    private static final RadioIdentity RADIO = new RadioIdentity(new Rpn(1), new Rfpi(new Pari(0x1A2B3C4DL), new Rpn(1)));

    private static LiveBaseStation live(MacAddress mac, boolean assigned, BaseStationStatus status) {
        return new LiveBaseStation(mac, assigned, true, "2.54.0", "127.0.0.1", assigned ? RADIO : null, status, "D", MASTER,
                "1A2B3C4D00", "Cluster 1", new FloorPosition(7, 8), false, 2);
    }

    @Test
    void aConfirmedBaseShowsTheLiveStateOfTheDm() {
        ConfirmedBase base = new BaseStationSettings("Hall", null, null, null, null, null, 2, null, null, true, null)
                .confirm(MAC, false, null).withRadio(RADIO);

        BaseStationView view = BaseStationView.of(base, live(MAC, true, BaseStationStatus.SYNC_OVERLOAD), "DM1");

        assertThat(view.mac()).isEqualTo("7C:2F:80:00:00:02");
        assertThat(view.rpn()).isEqualTo("01");
        assertThat(view.rfpi()).isEqualTo("1A2B3C4D01");
        assertThat(view.dmName()).isEqualTo("DM1");
        assertThat(view.status()).isEqualTo("Sync overload");
        assertThat(view.statusCode()).isEqualTo("SYNC_OVERLOAD");
        assertThat(view.syncLevelLabel()).isEqualTo("2 1");
        assertThat(view.syncSlave()).isEqualTo("DECT");
        assertThat(view.syncType()).isEqualTo("D");
        assertThat(view.reference()).isEqualTo("Cluster 1");
        assertThat(view.syncSourceMac()).isEqualTo("7C:2F:80:00:00:01");
        assertThat(view.firmware()).isEqualTo("2.54.0");
    }

    @Test
    void withoutLiveStateABaseIsOffline() {
        ConfirmedBase base = BaseStationSettings.none().confirm(MAC, false, null);

        BaseStationView view = BaseStationView.of(base, null, null);

        assertThat(view.status()).isEqualTo("Offline");
        assertThat(view.statusCode()).isEqualTo("OFFLINE");
        assertThat(view.syncType()).isEmpty();
        assertThat(view.rpn()).isNull();
        assertThat(view.firmware()).isNull();
    }

    @Test
    void anUnreachableDmLeavesNothingPendingAndSaysSo() {
        var plan = new BaseStationPlan(1, List.of(BaseStationSettings.none().confirm(MAC, false, null)));

        BaseStationListView list = BaseStationListView.of(plan, LiveState.unreachable("DM1"));

        assertThat(list.dmConnected()).isFalse();
        assertThat(list.pending()).isEmpty();
        assertThat(list.connected()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo("Offline");
            assertThat(v.dmName()).isEqualTo("DM1");
        });
    }

    @Test
    void basesTheDmSeesButThePlanLacksArePending() {
        var plan = new BaseStationPlan(1, List.of(BaseStationSettings.none().confirm(MAC, false, null)));
        var pendingMac = MacAddress.parse("7c2f80000009");

        BaseStationListView list = BaseStationListView.of(plan,
                LiveState.of("DM1", List.of(live(MAC, true, BaseStationStatus.SYNC), live(pendingMac, false, BaseStationStatus.OFFLINE))));

        assertThat(list.dmConnected()).isTrue();
        assertThat(list.connected()).extracting(BaseStationView::status).containsExactly("Sync");
        assertThat(list.pending()).containsExactly(
                new PendingBaseStationView("7C:2F:80:00:00:09", "127.0.0.1", "2.54.0", new Position(7.0, 8.0), false));
    }
}
