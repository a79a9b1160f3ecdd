package io.multicell.bench;

/** The two ways a benchmark call takes from sipp through Kamailio. */
enum CallPath {
    /** sipp → Kamailio → SIP gateway → DM → base → virtual handset answering at once. */
    GATEWAY("gateway"),
    /** sipp → Kamailio → a sipp UAS answering at once (registered as subscriber 1030). */
    BASELINE("baseline");

    final String label;

    CallPath(String label) {
        this.label = label;
    }
}
