package fi.polku.platform.rule;

/** The caller may see the thing but not make this change to it: the act belongs to someone else. */
public final class NotAllowed extends RuleViolation {

    public NotAllowed(String detail) {
        super(detail);
    }
}
