package io.multicell.manager.calls;

import io.multicell.core.identity.MacAddress;

/**
 * One line of the Statistics table.
 *
 * @param syncRpn  RPN of the base's sync source (0 for a master or when not synchronised)
 * @param calls    calls holding a channel on the base now
 */
public record BaseStatisticsRow(MacAddress mac, String name, int cluster, int rpn, int syncRpn, int syncLevel, long conn,
                                long hoSetup, long hoRelease, long callDrops, long async, long busy, long connDrops,
                                int calls, int callsPeak, long syncSwaps) {
}
