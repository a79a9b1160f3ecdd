package io.multicell.cluster;

import io.multicell.core.radio.FloorPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * N bases on a square grid with the default plan's 20 m spacing, for benchmarks that need more than three: base 1
 * (the LocalBS) at the origin, then row by row, {@link #columns()} to a row. All are meant for one cluster with the
 * sync plan of {@link #syncLevel}: every base hears a grid neighbour one level better, so all reach Sync. Three bases
 * give exactly {@link MiniMulticell#FLOOR_PLAN}.
 */
public record BaseGrid(int bases) {

    /** Grid spacing in metres, that of the default floor plan. */
    public static final double SPACING_METRES = 20;
    /** A 10 × 10 grid needs sync levels 1..10, the manual's range; the port plan has room for 99 bases. */
    public static final int MAX_BASES = PortPlan.MAX_BASES;

    public BaseGrid {
        if (bases < 1 || bases > MAX_BASES) {
            throw new IllegalArgumentException("bases must be 1.." + MAX_BASES + ", was " + bases);
        }
    }

    /** Bases to a row: the smallest square that holds them all. */
    public int columns() {
        return (int) Math.ceil(Math.sqrt(bases));
    }

    public List<BasePlacement> placements() {
        var placements = new ArrayList<BasePlacement>();
        for (int n = 1; n <= bases; n++) {
            placements.add(new BasePlacement(n, position(n), n == 1));
        }
        return List.copyOf(placements);
    }

    public FloorPosition position(int n) {
        int index = n - 1;
        return new FloorPosition(SPACING_METRES * (index % columns()), SPACING_METRES * (index / columns()));
    }

    /**
     * 1 for the LocalBS, else 1 + the base's ring around the origin (max of column and row): the neighbour one
     * column and/or row nearer the origin is at most 28 m away, within sync range, and one level better.
     */
    public int syncLevel(int n) {
        int index = n - 1;
        return 1 + Math.max(index % columns(), index / columns());
    }
}
