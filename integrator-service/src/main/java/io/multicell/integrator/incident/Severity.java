package io.multicell.integrator.incident;

/** Severity as the manual's incident list shows it. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL
}
