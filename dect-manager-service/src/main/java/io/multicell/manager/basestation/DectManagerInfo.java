package io.multicell.manager.basestation;

import io.multicell.core.identity.Pari;

/** Who this DM is and which plan it runs. */
public record DectManagerInfo(String name, Pari pari, int rpnGroup, long planRevision, boolean ledDisplay) {
}
