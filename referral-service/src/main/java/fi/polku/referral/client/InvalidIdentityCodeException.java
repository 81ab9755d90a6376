package fi.polku.referral.client;

/** The text is not a valid personal identity code; the message names the rule it breaks. */
public class InvalidIdentityCodeException extends IllegalArgumentException {

    public InvalidIdentityCodeException(String rule) {
        super(rule);
    }
}
