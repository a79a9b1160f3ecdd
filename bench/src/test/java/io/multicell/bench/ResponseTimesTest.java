package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

    @Test
    void samplesAreGroupedByTimerNameAsSippWritesThem() {
        var times = ResponseTimes.parse(List.of("Date_ms;response_time_ms;rtd_no", "104.001;0;ringing", "108.001;4;answered",
                "204.001;1;ringing", "204.001;2;answered", ""));

        assertThat(times.keySet()).containsExactly("ringing", "answered");
        assertThat(times.get("ringing").count()).isEqualTo(2);
        assertThat(times.get("answered").millis(1.0)).hasValue(4.0);
        assertThat(times.get("answered").millis(0.5)).hasValue(2.0);
    }

    @Test
    void percentilesAreNearestRankSamples() {
        var samples = new ArrayList<Double>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        var times = new ResponseTimes(samples);

        assertThat(times.millis(0.50)).hasValue(50.0);
        assertThat(times.millis(0.99)).hasValue(99.0);
        assertThat(new ResponseTimes(List.of(7.0, 3.0)).millis(0.99)).hasValue(7.0);
    }

    @Test
    void noSamplesNoPercentile() {
        assertThat(ResponseTimes.none().millis(0.5)).isEmpty();
    }

    @Test
    void aLineWithoutAResponseTimeIsRefused() {
        assertThatThrownBy(() -> ResponseTimes.parse(List.of("1.0;fast;ringing"))).hasMessageContaining("1.0;fast;ringing");
    }
}
