package io.multicell.integrator.dm;

import java.time.Instant;

/** A registration attempt the DECT manager refused, e.g. for a wrong PIN or with the handset limit reached. */
public record RegistrationRefusal(String ipui, Instant at, String reason) {
}
