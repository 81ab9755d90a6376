package fi.polku.platform.persistence;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Recognises a failure that passes by itself: the database restarting, out of connections, refusing connections or
 * the service's credential for a while, a serialization failure, a deadlock, a lock or statement timeout, the
 * broker away. Consumers try such a record again for as long as it takes; the API answers 503 with Retry-After
 * instead of 500.
 */
public final class TransientFailures {

    /**
     * PostgreSQL's SQLSTATEs for a failure that passes: serialization, deadlock, lock and statement timeouts, an
     * administrator's shutdown or restart, a database not there yet (3D000, being restored).
     */
    private static final Set<String> STATES =
            Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03", "25P03", "3D000");
    /**
     * What PostgreSQL says, with SQLSTATE 55000, of a database that does not accept connections for now (during a
     * restore or an upgrade: {@code ALTER DATABASE … WITH allow_connections false}). 55000 in general (an object not
     * in the state a statement needs) may be a bug, which must not be retried for ever.
     */
    private static final String NOT_ACCEPTING_CONNECTIONS = "is not currently accepting connections";
    /**
     * SQLSTATE classes that are transient as a whole: connection exceptions, insufficient resources, and an
     * authentication refused (class 28), which is what a credential being rotated looks like until the new one
     * reaches the service.
     */
    private static final Set<String> CLASSES = Set.of("08", "28", "53");

    private TransientFailures() {}

    /** Whether {@code failure}, or anything that caused it, is transient. */
    public static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (isTransientItself(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} itself, leaving its causes aside, is transient. */
    public static boolean isTransientItself(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null
                    && (STATES.contains(state) || state.length() == 5 && CLASSES.contains(state.substring(0, 2)))) {
                return true;
            }
            if ("55000".equals(state) && String.valueOf(sql.getMessage()).contains(NOT_ACCEPTING_CONNECTIONS)) {
                return true;
            }
            // The connection pool reports an exhausted or unreachable database without a SQLSTATE.
            if (state == null && String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof ConnectException
                || t instanceof SocketException
                || t instanceof RetriableException;
    }
}
