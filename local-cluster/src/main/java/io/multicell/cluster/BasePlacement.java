package io.multicell.cluster;

import io.multicell.core.radio.FloorPosition;

/** Where base instance {@code n} is installed, and whether it is the LocalBS (co-located with the DM). */
public record BasePlacement(int n, FloorPosition position, boolean local) {
}
