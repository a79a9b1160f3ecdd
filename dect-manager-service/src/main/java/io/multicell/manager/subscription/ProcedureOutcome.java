package io.multicell.manager.subscription;

/** How a handset procedure ended; the reason is for a person and empty when accepted. */
public record ProcedureOutcome(boolean accepted, String reason) {

    public static ProcedureOutcome accept() {
        return new ProcedureOutcome(true, "");
    }

    public static ProcedureOutcome refuse(String reason) {
        return new ProcedureOutcome(false, reason);
    }
}
