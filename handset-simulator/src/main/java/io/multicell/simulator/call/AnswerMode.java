package io.multicell.simulator.call;

/** What a virtual handset does when a call rings. */
public enum AnswerMode {
    /** Rings until answered (or rejected) through the API. */
    MANUAL,
    /** Answers at once. */
    AUTO,
    /** Refuses every call as busy (cause BUSY, SIP 486 at the far end). */
    BUSY,
    /** Rejects every call (cause DECLINED, SIP 603 at the far end). */
    REJECT
}
