package io.multicell.manager.calls;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a call is, as the DM sees it, with the moves allowed from each state.
 *
 * <p>Incoming: PAGING → CALLING (AlertHandset sent) → ALERTING (the handset rings) → CONNECTED. Outgoing: PROCEEDING
 * (PlaceCall sent) → RINGBACK → CONNECTED. A connected call goes to HANDOVER and back. Every state may end in RELEASED.
 */
public enum CallState {
    PAGING,
    CALLING,
    ALERTING,
    PROCEEDING,
    RINGBACK,
    CONNECTED,
    HANDOVER,
    RELEASED;

    private static final Map<CallState, Set<CallState>> LEGAL = Map.of(
            PAGING, EnumSet.of(CALLING, RELEASED),
            CALLING, EnumSet.of(ALERTING, CONNECTED, RELEASED),
            ALERTING, EnumSet.of(CONNECTED, RELEASED),
            PROCEEDING, EnumSet.of(RINGBACK, CONNECTED, RELEASED),
            RINGBACK, EnumSet.of(CONNECTED, RELEASED),
            CONNECTED, EnumSet.of(HANDOVER, RELEASED),
            HANDOVER, EnumSet.of(CONNECTED, RELEASED),
            RELEASED, EnumSet.noneOf(CallState.class));

    public boolean canMoveTo(CallState next) {
        return LEGAL.get(this).contains(next);
    }

    /** Talking (or being handed over while talking): measurements count, a lost bearer is a call drop. */
    public boolean connected() {
        return this == CONNECTED || this == HANDOVER;
    }
}
