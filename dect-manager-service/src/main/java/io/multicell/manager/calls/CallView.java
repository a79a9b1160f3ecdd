package io.multicell.manager.calls;

import io.multicell.core.identity.Ipui;
import io.multicell.core.identity.MacAddress;
import java.util.List;

/** A call in progress as ListCalls shows it. */
public record CallView(String callId, Ipui ipui, Call.Direction direction, CallState state, List<MacAddress> bearers,
                       String remoteNumber, int handovers) {
}
