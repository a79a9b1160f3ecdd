package io.multicell.base.api;

import io.multicell.base.air.AirStatistics;
import io.multicell.base.link.BaseStationSnapshot;
import java.time.Instant;

/**
 * GET /api/v1/base-station/statistics: the counters of the manual's base station statistics this base keeps, since
 * the process started (Conn since the DM's last reset of the statistics).
 *
 * @param since                 when the base started
 * @param conn                  Conn: established DECT MAC connections (accepted attaches and bearer streams) since
 *                              {@code connSince}
 * @param connSince             the DM's last ResetStatistics, or the start
 * @param connDrops             Conn. drops: how often the control stream to the DM broke
 * @param attachedHandsets      handsets attached here now
 * @param lockedHandsets        handsets locked here now, attached or not
 * @param registrationsAccepted access rights procedures accepted through this base
 * @param registrationsRefused  access rights procedures refused
 * @param attachesRefused       location registrations refused
 * @param locksRefused          Locks refused because the base was not in service
 * @param pageResponses         pages answered through this base
 * @param activeBearers         call bearers reserved or carried here now (also in every heartbeat)
 * @param bearersRefused        bearers refused: not expected, or no channel free
 */
public record StatisticsResponse(
        String mac,
        Instant since,
        long conn,
        Instant connSince,
        long connDrops,
        int attachedHandsets,
        int lockedHandsets,
        long registrationsAccepted,
        long registrationsRefused,
        long attachesRefused,
        long locksRefused,
        long pageResponses,
        int activeBearers,
        long bearersRefused) {

    static StatisticsResponse of(BaseStationSnapshot base, AirStatistics air) {
        return new StatisticsResponse(base.mac().value(), air.since(), air.connections(), air.connSince(),
                base.connectionDrops(), air.attachedHandsets(), air.lockedHandsets(), air.registrationsAccepted(),
                air.registrationsRefused(), air.attachesRefused(), air.locksRefused(), air.pageResponses(),
                air.activeBearers(), air.bearersRefused());
    }
}
