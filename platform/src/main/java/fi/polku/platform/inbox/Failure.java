package fi.polku.platform.inbox;

import fi.polku.platform.persistence.DataExceptions;
import fi.polku.platform.persistence.TransientFailures;
import fi.polku.platform.rule.RuleViolation;
import jakarta.validation.ConstraintViolationException;

/** What a consumer's failure says about the record: try it again later, give up on it, or not known. */
public enum Failure {

    /** The record is fine; the database or the broker is not, for now. Retry, never dead-letter. */
    TRANSIENT,
    /**
     * The record can never be processed: it breaks the contract, is of a version this consumer cannot read, breaks a
     * rule, or holds a value the database cannot store. Dead-letter it at once.
     */
    POISON,
    /**
     * Neither is known (a fault nobody foresaw, or a bug): retry it like a transient one for
     * {@code polku.consumer.unclassified-retry-for}, then dead-letter it so the partition goes on.
     */
    UNCLASSIFIED;

    public static Failure of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            // A dead letter the broker did not take cannot be given up on: the record would be lost.
            if (TransientFailures.isTransientItself(t) || t instanceof DeadLetters.DeadLetterNotSentException) {
                return TRANSIENT;
            }
            if (t instanceof UnprocessableRecordException
                    || t instanceof ConstraintViolationException
                    || t instanceof RuleViolation) {
                return POISON;
            }
        }
        return DataExceptions.isUnstorableValue(failure) ? POISON : UNCLASSIFIED;
    }
}
