package fi.polku.healthcheck.check;

/** Where a health check is in its life. */
public enum CheckStatus {
    /** Asked for, not booked yet. */
    REQUESTED,
    /** Booked for an appointment. */
    BOOKED,
    /** Cancelled before it was held; the client is back on the worklist. */
    CANCELLED,
    /** The client did not come; back on the worklist. */
    NO_SHOW,
    /** Held and recorded. */
    COMPLETED;

    /** Whether the check still stands between the client and the worklist. */
    boolean active() {
        return this == REQUESTED || this == BOOKED;
    }
}
