package io.multicell.base.air;

import java.time.Instant;

/**
 * The base's handset counters (Status - Statistics - Base stations of the manual), collected since {@code since}.
 *
 * @param connections           Conn: established DECT MAC connections, here every accepted attach (cumulative)
 * @param attachedHandsets      handsets attached here now
 * @param lockedHandsets        handsets locked here now (attached or not)
 * @param registrationsAccepted access rights procedures the DM accepted
 * @param registrationsRefused  access rights procedures refused (DM refusal, wrong PIN, DM unreachable)
 * @param attachesRefused       location registrations refused
 * @param locksRefused          Locks refused because the base was not in service
 * @param pageResponses         pages answered by a handset here
 */
public record AirStatistics(
        Instant since,
        long connections,
        int attachedHandsets,
        int lockedHandsets,
        long registrationsAccepted,
        long registrationsRefused,
        long attachesRefused,
        long locksRefused,
        long pageResponses) {
}
