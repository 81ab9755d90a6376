package fi.polku.platform.inbox;

import fi.polku.platform.persistence.TransientFailures;
import fi.polku.platform.problem.ProblemException;
import jakarta.validation.ConstraintViolationException;

/** What a consumer's failure says about the record: try it again later, give up on it, or not known. */
public enum Failure {

    /** The record is fine; the database or the broker is not, for now. Retry, never dead-letter. */
    TRANSIENT,
    /** The record can never be processed. Dead-letter it at once. */
    POISON,
    /** Neither is known (typically a bug): retry a few times, then dead-letter it so the partition goes on. */
    UNCLASSIFIED;

    public static Failure of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof UnprocessableRecordException || t instanceof ConstraintViolationException
                    || (t instanceof ProblemException problem && problem.status() < 500)) {
                return POISON;
            }
            // A dead letter the broker did not take cannot be given up on: the record would be lost.
            if (TransientFailures.isTransientItself(t) || t instanceof DeadLetters.DeadLetterNotSentException) {
                return TRANSIENT;
            }
        }
        return UNCLASSIFIED;
    }
}
