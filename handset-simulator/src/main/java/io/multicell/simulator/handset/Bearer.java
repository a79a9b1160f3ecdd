package io.multicell.simulator.handset;

import io.multicell.core.identity.MacAddress;
import io.multicell.simulator.air.AirStream;
import java.util.Optional;

/**
 * One air stream that carries a handset's call on one base.
 *
 * @param baseMac the base as the network named it (or the locked base)
 * @param base    that MAC parsed; empty when the network named none the handset can check its link to
 */
record Bearer(long streamId, AirStream stream, String baseMac, Optional<MacAddress> base) {
}
