package io.multicell.integrator.web.form;

/** How a field is shown and how its submitted text becomes a value of the request. */
public enum FieldKind {
    /** Free text; empty stays empty (the manual's "empty: not configured"). */
    TEXT,
    /** Text shown as dots; left empty it is not sent, so the stored secret stays. */
    PASSWORD,
    /** A whole number. */
    NUMBER,
    /** A number with a fraction (e.g. metres on the floor plan); empty is not sent, so the stored value stays. */
    DECIMAL,
    /** On/off; an unticked box is sent by no browser, so it is read as off. */
    CHECKBOX,
    /** One of the field's choices. */
    SELECT,
    /** Several of the field's choices in order (sent as a list). */
    MULTI_SELECT,
    /** Shown, never submitted (status figures on a settings page). */
    READ_ONLY,
    /** Not shown, sent back as shown: the key of an element of a list of sub-records (e.g. a ringtone's call type). */
    HIDDEN,
    /**
     * Some of the field's choices, active in order of preference, the others available (the manual's "Active codecs /
     * Available codecs"): the page activates, deactivates and moves them up/down; sent as a list in the active order.
     */
    ORDERED_LIST
}
