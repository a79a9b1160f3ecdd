package io.multicell.manager.location;

import io.multicell.core.identity.MacAddress;
import java.time.Instant;

/**
 * Where a registered handset is: the base it last attached at, and whether its air stream there is open now.
 *
 * @param updatedAt when the handset last attached at {@code base}
 */
public record HandsetLocation(MacAddress base, Instant updatedAt, boolean reachable) {
}
