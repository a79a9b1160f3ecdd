package io.multicell.integrator.statistics;

import io.multicell.core.identity.MacAddress;
import java.util.Objects;

/**
 * The counters of one base station as the DECT manager keeps them (the manual's Status > Statistics > Base stations
 * table).
 *
 * @param syncRpn    RPN of the base this one synchronises with
 * @param conn       established connections on the DECT MAC layer
 * @param hoSetup    incoming handovers
 * @param hoRelease  outgoing handovers
 * @param callDrops  calls lost mid-call
 * @param async      how often the base lost on-air synchronisation
 * @param busy       how often every channel of the base was taken
 * @param connDrops  how often the LAN connection to the base broke
 * @param calls      active calls now
 * @param callsPeak  peak number of parallel calls
 * @param syncSwaps  how often the cluster's sync master changed because the master failed
 */
public record BaseStationStatistics(
        String name,
        MacAddress mac,
        int cluster,
        int rpn,
        int syncRpn,
        int syncLevel,
        long conn,
        long hoSetup,
        long hoRelease,
        long callDrops,
        long async,
        long busy,
        long connDrops,
        long calls,
        long callsPeak,
        long syncSwaps) {

    public BaseStationStatistics {
        Objects.requireNonNull(mac, "mac");
        name = name == null ? "" : name;
    }
}
