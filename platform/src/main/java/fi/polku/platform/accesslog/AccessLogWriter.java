package fi.polku.platform.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Appends to the access log; nothing else writes it and nothing can change it afterwards. */
@ApplicationScoped
public class AccessLogWriter {

    /** Who called and why, for one request; one row is written per client it concerns. */
    record Use(String actorId, String actorRoles, String organisationType, Purpose purpose, String action,
            String resource, int status) {
    }

    private final DataSource dataSource;
    private final EntityManager em;
    private final String service;

    AccessLogWriter(DataSource dataSource, EntityManager em,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.em = em;
        this.service = service;
    }

    /**
     * Writes a request's entry on a connection of its own and commits it at once: the entry must stand whether or
     * not the request's own work did, a refused attempt above all. One statement, one row per client (or one row
     * without a client).
     */
    void use(Use use, Collection<UUID> clients) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into access_log (kind, actor_id, actor_roles, organisation_type, purpose, action, resource,
                                                status, client_id)
                        select 'USE', ?, ?, ?, ?, ?, ?, ?, client from unnest(?) as client""")) {
            Array clientIds = connection.createArrayOf("uuid",
                    clients.isEmpty() ? new Object[] { null } : clients.toArray());
            insert.setString(1, use.actorId());
            insert.setString(2, use.actorRoles());
            insert.setString(3, use.organisationType());
            insert.setString(4, use.purpose().name());
            insert.setString(5, use.action());
            insert.setString(6, use.resource());
            insert.setInt(7, use.status());
            insert.setArray(8, clientIds);
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /**
     * Records a disclosure in the transaction that decides it, so that a message leaves for another organisation
     * only if its record stands. The discloser is the county's service itself: the professional whose act caused
     * it is in that act's own entry.
     *
     * @param recipient the receiving organisation and channel, for example {@code EMPLOYMENT_SERVICES via
     *                  employment.pathway-updates.v1}
     * @param what      what was disclosed, for example {@code PATHWAY_CLOSED}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disclosure(UUID clientId, String recipient, String what) {
        em.createNativeQuery("""
                insert into access_log (kind, actor_id, actor_roles, organisation_type, purpose, action, resource,
                                        client_id, recipient)
                values ('DISCLOSURE', ?1, '', 'COUNTY', ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, service)
                .setParameter(2, Purpose.DISCLOSURE_UNDER_CONSENT.name())
                .setParameter(3, what)
                .setParameter(4, recipient)
                .setParameter(5, clientId)
                .setParameter(6, recipient)
                .executeUpdate();
    }
}
