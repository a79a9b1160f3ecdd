package io.multicell.simulator.handset;

import static org.assertj.core.api.Assertions.assertThat;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.simulator.air.BaseHeard;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasuredBasesTest {

    @Test
    void aHandsetHearingTwelveBasesNamesItsEightStrongestStrongestFirst() {
        var handset = new VirtualHandset(new HandsetRecord("h1", new Ipui("0123456789"), "S700H PRO", "114.00",
                new FloorPosition(0, 0), Optional.empty()), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Map<MacAddress, Double> heard = new HashMap<>();
        for (int n = 1; n <= 12; n++) {
            heard.put(MacAddress.forInstance(n), -40.0 - 3 * n); // base 1 strongest, base 12 weakest
        }
        handset.heard(heard);

        var measured = HandsetCalls.heard(handset);

        assertThat(measured).hasSize(HandsetCalls.MEASURED_BASES).hasSize(8);
        assertThat(measured).extracting(BaseHeard::baseMac)
                .containsExactly("7C:2F:80:00:00:01", "7C:2F:80:00:00:02", "7C:2F:80:00:00:03", "7C:2F:80:00:00:04",
                        "7C:2F:80:00:00:05", "7C:2F:80:00:00:06", "7C:2F:80:00:00:07", "7C:2F:80:00:00:08");
    }
}
