package fi.polku.platform.rule;

/** The request contradicts an earlier one it claims to be, such as an idempotency key reused for other content. */
public final class Contradiction extends RuleViolation {

    public Contradiction(String detail) {
        super(detail);
    }
}
