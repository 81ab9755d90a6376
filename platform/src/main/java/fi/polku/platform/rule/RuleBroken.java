package fi.polku.platform.rule;

/**
 * A well-formed request breaks a named domain rule ({@code one-coordinator}, {@code consent-covers-member}); the
 * name lets a caller tell the rules apart, and the field says where.
 */
public final class RuleBroken extends InvalidField {

    private final String rule;

    public RuleBroken(String rule, String field, String message) {
        super(field, message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
