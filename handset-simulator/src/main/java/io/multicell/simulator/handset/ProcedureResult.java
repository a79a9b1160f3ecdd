package io.multicell.simulator.handset;

/** The outcome of a registration or an attach, as the base reported it (or why the handset gave up). */
public record ProcedureResult(boolean accepted, String reason) {

    public ProcedureResult {
        reason = reason == null ? "" : reason;
    }

    public static ProcedureResult success() {
        return new ProcedureResult(true, "");
    }

    public static ProcedureResult refused(String reason) {
        return new ProcedureResult(false, reason);
    }
}
