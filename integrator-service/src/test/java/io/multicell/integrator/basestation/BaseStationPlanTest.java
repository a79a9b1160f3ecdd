package io.multicell.integrator.basestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Pari;
import io.multicell.core.identity.Rfpi;
import io.multicell.core.identity.Rpn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseStationPlanTest {

    private static ConfirmedBase base(String mac, int cluster, int level) {
        return new BaseStationSettings(null, null, null, null, null, cluster, level, null, null, null, null)
                .confirm(MacAddress.parse(mac), false, null);
    }

    @Test
    void aSecondLevel1InTheSameClusterBreaksThePlan() {
        var plan = new BaseStationPlan(3, List.of(base("7c2f80000001", 1, 1)))
                .with(base("7c2f80000002", 1, 1));

        assertThatThrownBy(plan::validate)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("syncLevel"));
    }

    @Test
    void level1InEveryClusterIsFine() {
        var plan = new BaseStationPlan(3, List.of(base("7c2f80000001", 1, 1), base("7c2f80000002", 2, 1)));

        plan.validate();
    }

    @Test
    void basesAreKeptInMacOrderAndReplacedByMac() {
        var plan = new BaseStationPlan(0, List.of(base("7c2f80000003", 1, 2), base("7c2f80000001", 1, 1)))
                .with(base("7c2f80000003", 2, 2));

        assertThat(plan.bases()).extracting(b -> b.mac().value()).containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:03");
        assertThat(plan.find(MacAddress.parse("7c2f80000003")).orElseThrow().sync().cluster()).isEqualTo(2);
    }

    @Test
    void assignmentsOfTheDmAreAttachedToTheirBases() {
        var mac = MacAddress.parse("7c2f80000001");
        var radio = new RadioIdentity(new Rpn(5), new Rfpi(new Pari(0x1A2B3C4DL), new Rpn(5)));
        var plan = new BaseStationPlan(1, List.of(base("7c2f80000001", 1, 1), base("7c2f80000002", 1, 2)))
                .withAssignments(Map.of(mac, radio));

        assertThat(plan.find(mac).orElseThrow().radio()).isEqualTo(radio);
        assertThat(plan.find(MacAddress.parse("7c2f80000002")).orElseThrow().radio()).isNull();
    }
}
