package io.multicell.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.multicell.cluster.BaseGrid;
import io.multicell.core.radio.FloorPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridLoopTest {

    @Test
    void aFiveByFiveGridHasTwoLoopsRoundRowPairsAndAThinOneOnTheLastRow() {
        assertThat(GridLoop.of(new BaseGrid(25))).containsExactly(new GridLoop(1, 1, 79, 19), new GridLoop(1, 41, 79, 59),
                new GridLoop(1, 81, 79, 82));
    }

    @Test
    void anIncompleteLastRowIsLeftOut() {
        assertThat(GridLoop.of(new BaseGrid(7))).containsExactly(new GridLoop(1, 1, 39, 19));
        assertThatThrownBy(() -> GridLoop.of(new BaseGrid(1))).hasMessageContaining("no two bases");
    }

    @Test
    void pointsAlongTheLoopGoEastSouthWestNorthAndRepeat() {
        var loop = new GridLoop(1, 1, 79, 19);
        assertThat(loop.lengthMetres()).isEqualTo(192);
        assertThat(loop.pointAt(0)).isEqualTo(new FloorPosition(1, 1));
        assertThat(loop.pointAt(10)).isEqualTo(new FloorPosition(11, 1));
        assertThat(loop.pointAt(88)).isEqualTo(new FloorPosition(79, 11));
        assertThat(loop.pointAt(100)).isEqualTo(new FloorPosition(75, 19));
        assertThat(loop.pointAt(192 + 10)).isEqualTo(new FloorPosition(11, 1));
    }

    @Test
    void aWalkPassesEveryCornerOnItsWayAndStopsAfterTheGivenDistance() {
        var loop = new GridLoop(1, 1, 79, 19);
        assertThat(loop.walkFrom(70, 30)).containsExactly(new FloorPosition(79, 1), new FloorPosition(79, 19),
                new FloorPosition(75, 19));
        assertThat(loop.walkFrom(10, 192)).containsExactly(new FloorPosition(79, 1), new FloorPosition(79, 19),
                new FloorPosition(1, 19), new FloorPosition(1, 1), new FloorPosition(11, 1));
        assertThat(loop.walkFrom(0, 5)).isEqualTo(List.of(new FloorPosition(6, 1)));
    }
}
