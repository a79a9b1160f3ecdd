package io.multicell.manager.subscription;

import io.multicell.core.identity.Ipui;
import java.time.Instant;

/** A registration attempt the DM refused, as the Mobile devices page lists it. */
public record RegistrationRefusal(Ipui ipui, Instant at, String reason) {
}
