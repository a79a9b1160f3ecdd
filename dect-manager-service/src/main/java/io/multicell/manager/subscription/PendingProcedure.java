package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.time.Instant;

/**
 * A challenge the DM sent and is waiting for the answer to.
 *
 * @param rs empty for a location registration (no key derivation)
 */
record PendingProcedure(String transactionId, Kind kind, Ipui ipui, MacAddress base, byte[] rs, byte[] rand, String model,
                        String firmware, Instant startedAt) {

    /** Which procedure the challenge belongs to. */
    enum Kind {
        REGISTRATION,
        LOCATION
    }

    boolean answeredBy(HandsetAnswer answer, Kind expected) {
        return kind == expected && ipui.equals(answer.ipui()) && base.equals(answer.base());
    }
}
