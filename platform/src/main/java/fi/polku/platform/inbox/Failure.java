package fi.polku.platform.inbox;

import fi.polku.platform.problem.ProblemException;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/** What a consumer's failure says about the record: try it again later, give up on it, or not known. */
public enum Failure {

    /** The record is fine; the database or the broker is not, for now. Retry, never dead-letter. */
    TRANSIENT,
    /** The record can never be processed. Dead-letter it at once. */
    POISON,
    /** Neither is known (typically a bug): retry a few times, then dead-letter it so the partition goes on. */
    UNCLASSIFIED;

    /** PostgreSQL's SQLSTATEs for a failure that passes: serialization, deadlock, lock and statement timeouts. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02",
            "57P03", "25P03");
    /** SQLSTATE classes that are transient as a whole: connection exceptions, insufficient resources. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53");

    public static Failure of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof UnprocessableRecordException || t instanceof ConstraintViolationException
                    || (t instanceof ProblemException problem && problem.status() < 500)) {
                return POISON;
            }
            // A dead letter the broker did not take cannot be given up on: the record would be lost.
            if (isTransient(t) || t instanceof DeadLetters.DeadLetterNotSentException) {
                return TRANSIENT;
            }
        }
        return UNCLASSIFIED;
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (TRANSIENT_STATES.contains(state)
                    || state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2)))) {
                return true;
            }
            // The connection pool reports an exhausted or unreachable database without a SQLSTATE.
            String message = String.valueOf(sql.getMessage());
            if (state == null && message.contains("acquisition timeout")) {
                return true;
            }
        }
        return t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketException
                || t instanceof RetriableException;
    }
}
