package io.multicell.bench;

import io.multicell.cluster.BaseGrid;
import io.multicell.core.radio.FloorPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed walk round one or two rows of a {@link BaseGrid}: a rectangle 1 m inside the bases' line(s), walked
 * clockwise (east along the upper row's line, south, west along the lower, north). Handsets spread evenly along a loop
 * and walking it at one speed keep their spacing, so no base ever carries more calls than its share: the handover
 * benchmark's way of making many handovers without filling a base's 8 channels.
 */
record GridLoop(double minX, double minY, double maxX, double maxY) {

    /** How far inside the bases' lines the loop runs: a handset right on a base would be 0 m from it. */
    static final double INSET_METRES = 1.0;

    GridLoop {
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("a loop needs width and height: " + minX + ".." + maxX + " × " + minY + ".." + maxY);
        }
    }

    /**
     * One loop for each pair of complete rows (a lone last row gets a thin loop of its own, there and back); bases of
     * an incomplete last row are left out. Needs at least two columns.
     */
    static List<GridLoop> of(BaseGrid grid) {
        int columns = grid.columns();
        int rows = grid.bases() / columns;
        if (columns < 2) {
            throw new IllegalArgumentException("a grid of " + grid.bases() + " base(s) has no two bases in a row to walk between");
        }
        double spacing = BaseGrid.SPACING_METRES;
        double east = spacing * (columns - 1) - INSET_METRES;
        var loops = new ArrayList<GridLoop>();
        for (int row = 0; row < rows; row += 2) {
            double y = spacing * row;
            boolean pair = row + 1 < rows;
            loops.add(pair ? new GridLoop(INSET_METRES, y + INSET_METRES, east, y + spacing - INSET_METRES)
                    : new GridLoop(INSET_METRES, y + INSET_METRES, east, y + 2 * INSET_METRES));
        }
        return List.copyOf(loops);
    }

    double lengthMetres() {
        return 2 * (maxX - minX) + 2 * (maxY - minY);
    }

    /** Corners in walking order, starting at the north-west one. */
    private List<FloorPosition> corners() {
        return List.of(new FloorPosition(minX, minY), new FloorPosition(maxX, minY), new FloorPosition(maxX, maxY),
                new FloorPosition(minX, maxY));
    }

    /** The point {@code s} metres along the loop from the north-west corner (any s ≥ 0; the loop repeats). */
    FloorPosition pointAt(double s) {
        double left = s % lengthMetres();
        List<FloorPosition> corners = corners();
        for (int i = 0; i < 4; i++) {
            FloorPosition from = corners.get(i);
            FloorPosition to = corners.get((i + 1) % 4);
            double leg = from.distanceTo(to);
            if (left <= leg) {
                double f = left / leg;
                return new FloorPosition(from.x() + f * (to.x() - from.x()), from.y() + f * (to.y() - from.y()));
            }
            left -= leg;
        }
        return corners.get(0);
    }

    /** Where to walk from {@code s} metres along the loop to go {@code metres} on round it: each corner passed, then the end. */
    List<FloorPosition> walkFrom(double s, double metres) {
        if (!(metres > 0)) {
            throw new IllegalArgumentException("a walk must be longer than 0 m, was " + metres);
        }
        var points = new ArrayList<FloorPosition>();
        double length = lengthMetres();
        double start = s % length;
        // The corners' distances along the loop, in order: 0 is the north-west one.
        double[] at = {0, maxX - minX, maxX - minX + maxY - minY, 2 * (maxX - minX) + maxY - minY};
        double lap = 0;
        while (true) {
            for (double corner : at) {
                double along = lap + corner;
                if (along <= start) {
                    continue;
                }
                if (along >= start + metres) {
                    points.add(pointAt(start + metres));
                    return List.copyOf(points);
                }
                points.add(pointAt(along));
            }
            lap += length;
        }
    }
}
