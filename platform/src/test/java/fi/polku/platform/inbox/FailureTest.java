package fi.polku.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.polku.platform.rule.StateConflict;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Only what is proven poison is given up on at once; what a database says while it is restored or rekeyed passes. */
class FailureTest {

    private static Failure of(String sqlState) {
        return of(sqlState, "failed");
    }

    private static Failure of(String sqlState, String message) {
        return Failure.of(new PersistenceException(new RuntimeException(new SQLException(message, sqlState))));
    }

    @Test
    void aDatabaseThatWillBeBackIsTransient() {
        assertEquals(
                Failure.TRANSIENT,
                of("55000", "FATAL: database \"polku_indicator\" is not currently accepting " + "connections"),
                "allow_connections false");
        assertEquals(
                Failure.UNCLASSIFIED,
                of("55000", "currval of sequence is not yet defined in this session"),
                "another 55000 may be a bug: retried for a while, not for ever");
        assertEquals(Failure.TRANSIENT, of("57P03"), "cannot connect now");
        assertEquals(Failure.TRANSIENT, of("08006"), "connection failure");
        assertEquals(Failure.TRANSIENT, of("3D000"), "database does not exist, being restored");
    }

    @Test
    void aCredentialRefusedWhileItIsRotatedIsTransient() {
        assertEquals(Failure.TRANSIENT, of("28P01"), "password authentication failed");
        assertEquals(Failure.TRANSIENT, of("28000"), "role may not log in");
    }

    @Test
    void onlyWhatIsProvenPoisonIsDeadLetteredAtOnce() {
        assertEquals(Failure.POISON, Failure.of(new InvalidEventException("breaks the contract")));
        assertEquals(Failure.POISON, Failure.of(new StateConflict("a rule")));
        assertEquals(Failure.POISON, of("22021"), "a value the database cannot store");
        assertEquals(Failure.UNCLASSIFIED, of("22012"), "a division by zero is a bug, not the record's");
        assertEquals(Failure.UNCLASSIFIED, Failure.of(new IllegalStateException("a bug")));
        assertEquals(Failure.UNCLASSIFIED, of("42P01"), "a table missing: a deployment fault, not the record's");
    }
}
