package fi.polku.platform.rule;

/** The request is valid, but the thing's current state does not allow it (a closed pathway, a decided referral). */
public final class StateConflict extends RuleViolation {

    public StateConflict(String detail) {
        super(detail);
    }
}
