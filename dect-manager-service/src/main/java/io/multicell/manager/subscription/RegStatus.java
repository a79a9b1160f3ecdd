package io.multicell.manager.subscription;

/** The manual's RegStatus of a handset entry, with the text the Mobile devices list and the events show. */
public enum RegStatus {
    /** The system is ready to register a handset with this entry. */
    TO_REGISTER("To register"),
    /** No registration possible. */
    NOT_REGISTERED("Not registered"),
    /** A registration of this entry is in flight. */
    REGISTERING("Registering"),
    /** A handset is registered with this entry. */
    REGISTERED("Registered"),
    /** The admin asks for the handset to be de-registered. */
    TO_DEREGISTER("To deregister");

    private final String label;

    RegStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What an admin may ask for: everything except REGISTERING, which only the DM reports. */
    public boolean requestable() {
        return this != REGISTERING;
    }
}
