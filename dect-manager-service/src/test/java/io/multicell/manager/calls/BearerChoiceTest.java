package io.multicell.manager.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.MacAddress;
import io.multicell.proto.media.v1.Codec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerChoiceTest {

    private static final MacAddress HOME = MacAddress.parse("02:00:00:00:00:01");
    private static final MacAddress WEAK = MacAddress.parse("02:00:00:00:00:02");
    private static final MacAddress STRONG = MacAddress.parse("02:00:00:00:00:03");
    private static final MacAddress OTHER_CLUSTER = MacAddress.parse("02:00:00:00:00:04");

    private final Map<MacAddress, CallBase> bases = Map.of(
            HOME, HandoverPolicyTest.base(HOME, 1, true), WEAK, HandoverPolicyTest.base(WEAK, 1, true),
            STRONG, HandoverPolicyTest.base(STRONG, 1, true), OTHER_CLUSTER, HandoverPolicyTest.base(OTHER_CLUSTER, 2, true));
    private final ChannelBook channels = new ChannelBook(8, 5);

    @Test
    void aBaseCarriesEightCallsOrFiveWithAWidebandOne() {
        for (int i = 0; i < 8; i++) {
            assertThat(channels.hasFree(HOME, Codec.PCMA)).isTrue();
            channels.reserve(HOME, "n" + i, Codec.PCMA);
        }
        assertThat(channels.hasFree(HOME, Codec.PCMA)).isFalse();
        assertThat(channels.callsOn(HOME)).isEqualTo(8);

        for (int i = 0; i < 4; i++) {
            channels.reserve(WEAK, "w" + i, Codec.PCMU);
        }
        assertThat(channels.hasFree(WEAK, Codec.G722)).as("the 5th call may be G.722").isTrue();
        channels.reserve(WEAK, "w4", Codec.G722);
        assertThat(channels.hasFree(WEAK, Codec.PCMA)).as("a G.722 call limits the base to 5").isFalse();
        channels.free(WEAK, "w4");
        assertThat(channels.hasFree(WEAK, Codec.PCMA)).isTrue();
    }

    @Test
    void theHandsetsBaseWhenItHasAChannel() {
        BearerChoice choice = choose(List.of(new Heard(STRONG, -40)));
        assertThat(choice.bearer()).contains(HOME);
        assertThat(choice.fullAtFirst()).isFalse();
    }

    @Test
    void aFullBaseHandsTheCallToTheStrongestHeardNeighbourOfItsClusterWithAChannel() {
        fill(HOME);
        BearerChoice choice = choose(List.of(new Heard(WEAK, -80), new Heard(OTHER_CLUSTER, -30), new Heard(STRONG, -60)));
        assertThat(choice.bearer()).contains(STRONG);
        assertThat(choice.fullAtFirst()).isTrue();

        fill(STRONG);
        assertThat(choose(List.of(new Heard(WEAK, -80), new Heard(STRONG, -60))).bearer()).contains(WEAK);
    }

    @Test
    void noNeighbourWithAChannelIsNoChannel() {
        fill(HOME);
        BearerChoice choice = choose(List.of(new Heard(OTHER_CLUSTER, -30)));
        assertThat(choice.bearer()).isEmpty();
        assertThat(choice.fullAtFirst()).isTrue();
    }

    private BearerChoice choose(List<Heard> heard) {
        return BearerChoice.choose(HOME, heard, mac -> Optional.ofNullable(bases.get(mac)), mac -> channels.hasFree(mac, Codec.PCMA));
    }

    private void fill(MacAddress base) {
        for (int i = 0; i < 8; i++) {
            channels.reserve(base, base + "-" + i, Codec.PCMA);
        }
    }
}
