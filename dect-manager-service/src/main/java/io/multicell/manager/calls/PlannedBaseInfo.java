package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;

/**
 * What the Statistics table shows of a planned base besides its counters.
 *
 * @param syncRpn   RPN of its sync source, 0 when none
 * @param syncLevel effective sync level
 */
public record PlannedBaseInfo(MacAddress mac, String name, int cluster, int rpn, int syncRpn, int syncLevel) {
}
