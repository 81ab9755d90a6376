package fi.polku.platform.rule;

/** The thing addressed does not exist, or the caller may not know that it does. */
public final class NotFound extends RuleViolation {

    public NotFound(String detail) {
        super(detail);
    }
}
