package io.multicell.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.core.identity.MacAddress;
import io.multicell.core.radio.FloorPosition;
import io.multicell.core.radio.RadioModel;
import io.multicell.core.radio.RadioParameters;
import io.multicell.core.sync.BaseStationStatus;
import io.multicell.core.sync.PlannedBase;
import io.multicell.core.sync.SyncCandidate;
import io.multicell.core.sync.SyncResolver;
import io.multicell.core.sync.SyncSettings;
import io.multicell.core.sync.SyncSlave;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseGridTest {

    @Test
    void threeBasesAreTheDefaultFloorPlanWithItsSyncPlan() {
        var grid = new BaseGrid(3);
        assertThat(grid.placements()).isEqualTo(MiniMulticell.FLOOR_PLAN);
        assertThat(List.of(grid.syncLevel(1), grid.syncLevel(2), grid.syncLevel(3))).containsExactly(1, 2, 2);
    }

    @Test
    void basesFillRowsOfTheSmallestSquareTwentyMetresApartAndOnlyBaseOneIsLocal() {
        var grid = new BaseGrid(10);
        assertThat(grid.columns()).isEqualTo(4);
        assertThat(grid.placements()).extracting(BasePlacement::position).containsExactly(
                new FloorPosition(0, 0), new FloorPosition(20, 0), new FloorPosition(40, 0), new FloorPosition(60, 0),
                new FloorPosition(0, 20), new FloorPosition(20, 20), new FloorPosition(40, 20), new FloorPosition(60, 20),
                new FloorPosition(0, 40), new FloorPosition(20, 40));
        assertThat(grid.placements()).filteredOn(BasePlacement::local).extracting(BasePlacement::n).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 9, 16, 25, 40, 99})
    void everyBaseOfTheGridReachesSyncInOneCluster(int bases) {
        var grid = new BaseGrid(bases);
        var candidates = grid.placements().stream().map(p -> {
            int level = grid.syncLevel(p.n());
            var sync = new SyncSettings(1, level, level == 1 ? SyncSlave.NONE : SyncSlave.DECT, false, false);
            return new SyncCandidate(new PlannedBase(MacAddress.forInstance(p.n()), null, true, sync, p.position()), true);
        }).toList();

        var outcomes = new SyncResolver(new RadioModel(RadioParameters.office())).resolve(candidates);

        assertThat(outcomes).hasSize(bases);
        assertThat(outcomes.values()).allSatisfy(o -> assertThat(o.status()).isEqualTo(BaseStationStatus.SYNC));
    }

    @Test
    void theServicesOfAGridStartEveryBaseAtItsPosition() {
        var services = MiniMulticell.services(Path.of("/repo"), new PortPlan(0), "jdbc:postgresql://x/y", "k:1",
                new BaseGrid(12).placements());
        assertThat(services).filteredOn(s -> s.name().startsWith("base-station")).hasSize(12);
        var last = services.stream().filter(s -> s.name().equals("base-station-12")).findFirst().orElseThrow();
        assertThat(last.env()).containsEntry("MULTICELL_BASE_POSITION_X", "60.0").containsEntry("MULTICELL_BASE_POSITION_Y", "40.0")
                .containsEntry("MULTICELL_BASE_LOCAL", "false").containsEntry("QUARKUS_HTTP_PORT", "8102");
        assertThat(services.get(services.size() - 1).name()).isEqualTo(MiniMulticell.HANDSET_SIMULATOR);
    }

    @Test
    void aGridOfNoBasesOrMoreThanThePortPlanHoldsIsRefused() {
        assertThatThrownBy(() -> new BaseGrid(0)).hasMessageContaining("bases must be 1..99");
        assertThatThrownBy(() -> new BaseGrid(100)).hasMessageContaining("bases must be 1..99");
    }
}
