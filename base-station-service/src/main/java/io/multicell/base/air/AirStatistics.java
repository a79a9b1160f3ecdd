package io.multicell.base.air;

import java.time.Instant;

/**
 * The base's handset and call counters (Status - Statistics - Base stations of the manual).
 *
 * @param since                 when the base started (all counters but Conn count from here)
 * @param connections           Conn: established DECT MAC connections (accepted attaches and bearer streams) since
 *                              {@code connSince}
 * @param connSince             the last ResetStatistics, or the start
 * @param connectionsTotal      Conn since the start, never reset (the metric)
 * @param attachedHandsets      handsets attached here now
 * @param lockedHandsets        handsets locked here now (attached or not)
 * @param registrationsAccepted access rights procedures the DM accepted
 * @param registrationsRefused  access rights procedures refused (DM refusal, wrong PIN, DM unreachable)
 * @param attachesRefused       location registrations refused
 * @param locksRefused          Locks refused because the base was not in service
 * @param pageResponses         pages answered by a handset here
 * @param activeBearers         call bearers reserved or carried here now
 * @param bearersRefused        bearers refused (not expected, no channel free)
 */
public record AirStatistics(
        Instant since,
        long connections,
        Instant connSince,
        long connectionsTotal,
        int attachedHandsets,
        int lockedHandsets,
        long registrationsAccepted,
        long registrationsRefused,
        long attachesRefused,
        long locksRefused,
        long pageResponses,
        int activeBearers,
        long bearersRefused) {
}
