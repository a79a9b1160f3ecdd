package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SimulatorLogTest {

    @Test
    void readsTheRelockLinesOfQuarkusDefaultFormat() {
        var lines = Stream.of(
                "=== 2026-11-27T00:00:00Z starting handset-simulator: java -jar quarkus-run.jar",
                "2026-11-27 00:43:10,250 INFO  [io.mul.sim.han.HandsetEngine] (engine) handset bench-7 (0BE0000007) re-locks "
                        + "7C:2F:80:00:00:01 -> 7C:2F:80:00:00:02",
                "2026-11-27 00:43:10,300 DEBUG [io.mul.sim.han.HandsetEngine] (engine) handset bench-8 (0BE0000008) locks to 7C:2F:80:00:00:01");

        var relocks = SimulatorLog.relocks(lines, ZoneOffset.UTC);

        assertThat(relocks).containsOnlyKeys("0BE0000007");
        assertThat(relocks.get("0BE0000007")).containsExactly(
                new Relock(Instant.parse("2026-11-27T00:43:10.250Z"), "7C:2F:80:00:00:01", "7C:2F:80:00:00:02"));
    }
}
