package fi.polku.platform.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a database constraint violation however Hibernate wraps it, so that a use case can turn a
 * lost race on a unique rule into a 409 instead of a 500.
 */
public final class Constraints {

    private Constraints() {}

    /** Whether {@code failure}, or anything that caused it, is a violated database constraint. */
    public static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
