package fi.polku.platform.rule;

/**
 * Something the domain refuses to do, for a reason that will not pass by itself: the same request or record
 * refused again tomorrow. The kinds are closed so that each edge maps every one of them.
 */
public abstract sealed class RuleViolation extends RuntimeException
        permits NotFound, NotAllowed, StateConflict, Contradiction, InvalidField {

    RuleViolation(String detail) {
        super(detail);
    }

    /** What went wrong in this occurrence, in words a caller can act on. */
    public String detail() {
        return getMessage();
    }
}
