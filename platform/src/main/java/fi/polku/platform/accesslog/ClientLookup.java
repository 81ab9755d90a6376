package fi.polku.platform.accesslog;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves one kind of thing a path names ({@link ClientOf}) to the client it belongs to, for the access log. A
 * service has one per kind its access-logged paths name (a pathway, a health check, a referral); most are
 * {@link #ofRows}, produced by the feature that owns the table.
 */
public interface ClientLookup {

    /** The kind, as {@link ClientOf} names it. */
    String kind();

    /** The client of the thing with this id; empty when there is no such thing. */
    Optional<UUID> clientOf(UUID id);

    /**
     * The lookup of a table whose rows carry their client in {@code client_id}: one indexed read by {@code idColumn}.
     * The table and column are the feature's own constants, never a caller's text.
     */
    static ClientLookup ofRows(String kind, EntityManager em, String table, String idColumn) {
        String query = "select client_id from " + table + " where " + idColumn + " = ?1";
        return new ClientLookup() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<UUID> clientOf(UUID id) {
                return em.createNativeQuery(query, UUID.class)
                        .setParameter(1, id)
                        .getResultStream()
                        .map(UUID.class::cast)
                        .findFirst();
            }
        };
    }
}
