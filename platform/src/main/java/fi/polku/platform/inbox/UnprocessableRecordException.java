package fi.polku.platform.inbox;

/**
 * A record that can never be processed, however often it is tried: it does not honour the contract, or it
 * breaks a rule. {@link RecordProcessor} dead-letters it at once instead of retrying it. Its message becomes
 * the dead letter's reason, so it names fields and rules, never personal data.
 */
public class UnprocessableRecordException extends RuntimeException {

    public UnprocessableRecordException(String message) {
        super(message);
    }

    public UnprocessableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
