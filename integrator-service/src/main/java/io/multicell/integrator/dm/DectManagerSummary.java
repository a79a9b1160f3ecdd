package io.multicell.integrator.dm;

import io.multicell.core.process.ServiceProcess;
import java.util.Optional;

/**
 * Who the DECT manager is and what it runs.
 *
 * @param name         DM name (DM Name column)
 * @param pari         system identity, 8 hex digits
 * @param rpnGroup     RPN group 0..3
 * @param planRevision revision of the base station plan it runs (0: none yet)
 * @param ledDisplay   LED status display setting it applies
 * @param process      its version and start, when it reports them
 */
public record DectManagerSummary(String name, String pari, int rpnGroup, long planRevision, boolean ledDisplay,
                                 Optional<ServiceProcess> process) {
}
