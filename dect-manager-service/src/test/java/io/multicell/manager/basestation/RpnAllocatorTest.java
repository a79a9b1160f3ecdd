package io.multicell.manager.basestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.InvalidValueException;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.identity.Rpn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpnAllocatorTest {

    private static final MacAddress A = MacAddress.forInstance(1);
    private static final MacAddress B = MacAddress.forInstance(2);
    private static final MacAddress C = MacAddress.forInstance(3);
    private static final MacAddress D = MacAddress.forInstance(4);

    @Test
    void newBasesGetTheLowestFreeIndicesInPlanOrder() {
        var rpns = RpnAllocator.allocate(0, List.of(B, A), Map.of());

        assertThat(rpns).containsExactly(Map.entry(B, new Rpn(0)), Map.entry(A, new Rpn(1)));
    }

    @Test
    void plannedBasesKeepTheirRpnAndNewOnesFillTheGaps() {
        var current = Map.of(A, new Rpn(0), B, new Rpn(1), C, new Rpn(2));

        // B left the plan: its RPN 01 is free again and goes to the newcomer D.
        var rpns = RpnAllocator.allocate(0, List.of(A, C, D), current);

        assertThat(rpns).containsEntry(A, new Rpn(0)).containsEntry(C, new Rpn(2)).containsEntry(D, new Rpn(1));
    }

    @Test
    void rpnsCarryTheDmRpnGroupInTheirTopBits() {
        var rpns = RpnAllocator.allocate(2, List.of(A, B), Map.of());

        assertThat(rpns.get(A)).isEqualTo(new Rpn(0x80));
        assertThat(rpns.get(B)).isEqualTo(new Rpn(0x81));
        assertThat(rpns.get(B).group()).isEqualTo(2);
    }

    @Test
    void aSixtyFifthBaseDoesNotFitIntoOneGroup() {
        List<MacAddress> macs = new ArrayList<>();
        for (int i = 1; i <= 65; i++) {
            macs.add(MacAddress.forInstance(i));
        }

        assertThat(RpnAllocator.allocate(1, macs.subList(0, 64), Map.of())).hasSize(64);
        assertThatThrownBy(() -> RpnAllocator.allocate(1, macs, Map.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("baseStations[" + macs.get(64) + "].rpn: RPN group 1 is full (64 bases)");
    }
}
