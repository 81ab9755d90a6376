package fi.polku.platform.rule;

/** A field's value breaks a rule that Bean Validation cannot express; names the field and the rule in words. */
public sealed class InvalidField extends RuleViolation permits RuleBroken {

    private final String field;
    private final String message;

    /**
     * @param field   the JSON path of the offending field, for example {@code source} or {@code plan.goals[0]}
     * @param message the rule it broke, in words
     */
    public InvalidField(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.message = message;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
