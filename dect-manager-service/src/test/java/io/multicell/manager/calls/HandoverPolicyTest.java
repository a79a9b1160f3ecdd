package io.multicell.manager.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandoverPolicyTest {

    private static final MacAddress BEARER = MacAddress.parse("02:00:00:00:00:01");
    private static final MacAddress NEAR = MacAddress.parse("02:00:00:00:00:02");
    private static final MacAddress FAR = MacAddress.parse("02:00:00:00:00:03");
    private static final MacAddress OTHER_CLUSTER = MacAddress.parse("02:00:00:00:00:04");
    private static final MacAddress NOT_IN_SYNC = MacAddress.parse("02:00:00:00:00:05");

    private final Map<MacAddress, CallBase> bases = Map.of(
            BEARER, base(BEARER, 1, true), NEAR, base(NEAR, 1, true), FAR, base(FAR, 1, true),
            OTHER_CLUSTER, base(OTHER_CLUSTER, 2, true), NOT_IN_SYNC, base(NOT_IN_SYNC, 1, false));
    private final HandoverPolicy policy = new HandoverPolicy(6);

    @Test
    void theStrongestBaseOfTheClusterHeardByTheHysteresisAboveTheBearerIsTheTarget() {
        var heard = List.of(new Heard(BEARER, -80), new Heard(NEAR, -70), new Heard(FAR, -73));
        assertThat(target(heard, Set.of(NEAR, FAR))).contains(NEAR);
    }

    @Test
    void lessThanTheHysteresisStrongerStaysPut() {
        assertThat(target(List.of(new Heard(BEARER, -80), new Heard(NEAR, -74.5)), Set.of(NEAR))).isEmpty();
        assertThat(target(List.of(new Heard(BEARER, -80), new Heard(NEAR, -74)), Set.of(NEAR))).as("exactly 6 dB").contains(NEAR);
    }

    @Test
    void neverAcrossClustersNorToABaseOutOfSync() {
        var heard = List.of(new Heard(BEARER, -85), new Heard(OTHER_CLUSTER, -50), new Heard(NOT_IN_SYNC, -55));
        assertThat(target(heard, Set.of(OTHER_CLUSTER, NOT_IN_SYNC))).isEmpty();
    }

    @Test
    void aFullBaseIsSkippedForTheNextStrongest() {
        var heard = List.of(new Heard(BEARER, -85), new Heard(NEAR, -60), new Heard(FAR, -70));
        assertThat(target(heard, Set.of(FAR))).contains(FAR);
        assertThat(target(heard, Set.of())).isEmpty();
    }

    @Test
    void aBearerNoLongerHeardMakesAnyQualifyingBaseBetter() {
        assertThat(target(List.of(new Heard(NEAR, -90)), Set.of(NEAR))).contains(NEAR);
    }

    private Optional<MacAddress> target(List<Heard> heard, Set<MacAddress> free) {
        return policy.target(BEARER, heard, mac -> Optional.ofNullable(bases.get(mac)), free::contains).map(Heard::base);
    }

    static CallBase base(MacAddress mac, int cluster, boolean inSync) {
        return new CallBase(mac, cluster, inSync, true, "127.0.0.1:1", Optional.empty());
    }
}
