package io.multicell.integrator.call;

import java.util.List;

/**
 * A call in progress as the DECT manager reports it.
 *
 * @param direction      "incoming" or "outgoing"
 * @param state          the DM's call state (ALERTING, CONNECTED, HANDOVER, RELEASING, ...)
 * @param bearerBaseMacs bases carrying the bearer now (two during a handover)
 * @param remoteNumber   number dialled or calling number
 * @param handovers      handovers the call went through so far
 */
public record ActiveCall(String callId, String ipui, String direction, String state, List<String> bearerBaseMacs,
                         String remoteNumber, int handovers) {

    public ActiveCall {
        bearerBaseMacs = List.copyOf(bearerBaseMacs);
    }
}
