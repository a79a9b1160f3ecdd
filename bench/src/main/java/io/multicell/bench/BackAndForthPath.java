package io.multicell.bench;

import io.multicell.core.radio.FloorPosition;
import java.util.ArrayList;
import java.util.List;

/**
 * A walk to and fro along the line of bases: from the start towards one end, turning at each end, until the handset
 * has walked {@code speed × duration} metres, so the walk lasts exactly that long.
 */
public record BackAndForthPath(List<FloorPosition> points, double lengthMetres) {

    public BackAndForthPath {
        points = List.copyOf(points);
    }

    /**
     * @param start        where the handset stands (its y is kept)
     * @param minX         west end of the line
     * @param maxX         east end of the line
     * @param eastFirst    first towards {@code maxX}, else towards {@code minX}
     * @param lengthMetres how far it walks in all
     */
    public static BackAndForthPath of(FloorPosition start, double minX, double maxX, boolean eastFirst, double lengthMetres) {
        if (!(maxX > minX) || start.x() < minX || start.x() > maxX) {
            throw new IllegalArgumentException("start " + start + " must lie on the line " + minX + ".." + maxX);
        }
        if (!(lengthMetres > 0)) {
            throw new IllegalArgumentException("length must be more than 0 m, was " + lengthMetres);
        }
        var points = new ArrayList<FloorPosition>();
        double x = start.x();
        boolean east = eastFirst;
        double left = lengthMetres;
        while (left > 1e-9) {
            double end = east ? maxX : minX;
            double leg = Math.abs(end - x);
            if (leg >= left) {
                x += east ? left : -left;
                left = 0;
            } else {
                x = end;
                left -= leg;
            }
            points.add(new FloorPosition(x, start.y()));
            east = !east;
        }
        return new BackAndForthPath(points, lengthMetres);
    }
}
