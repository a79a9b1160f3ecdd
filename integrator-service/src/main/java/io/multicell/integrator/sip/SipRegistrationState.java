package io.multicell.integrator.sip;

/** Registration state of a SIP account as the gateway reports it; the label is the manual's SIP column. */
public enum SipRegistrationState {
    NOT_REGISTERED("Not registered"),
    REGISTERING("Registering"),
    REGISTERED("Registered"),
    FAILED("Failed");

    private final String label;

    SipRegistrationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
