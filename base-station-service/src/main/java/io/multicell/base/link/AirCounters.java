package io.multicell.base.link;

/**
 * What every heartbeat tells the DM about the air side.
 *
 * @param macConnections Conn: air streams established (attaches, bearer streams) since the last ResetStatistics
 * @param activeBearers  call bearers this base carries or has reserved now
 */
public record AirCounters(long macConnections, int activeBearers) {

    public static final AirCounters NONE = new AirCounters(0, 0);
}
