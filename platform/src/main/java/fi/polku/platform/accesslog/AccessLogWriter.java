package fi.polku.platform.accesslog;

import fi.polku.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/** Appends to the access log; nothing else writes it and nothing can change it afterwards. */
@ApplicationScoped
public class AccessLogWriter {

    private static final String INSERT = """
            insert into access_log (kind, actor_id, actor_roles, organisation_type, purpose, action, resource, status,
                                    recipient, client_id)
            select ?, ?, ?, ?, ?, ?, ?, ?, ?, client from unnest(?) as client""";

    /**
     * Who called and why, for one request; one row is written per client it concerns. An outside organisation's
     * caller who was answered received the client's data from the county: a {@code DISCLOSURE} to that
     * organisation, as act 703/2023 distinguishes it from the county's own use. Not so a referral the organisation
     * sends ({@link Purpose#REFERRAL_INTAKE}), whose answer is a receipt: there the organisation gives, not gets.
     */
    record Use(
            String kind,
            String actorId,
            String actorRoles,
            String organisationType,
            Purpose purpose,
            String action,
            String resource,
            int status,
            String recipient) {

        static Use of(Caller caller, Purpose purpose, String action, String resource, int status) {
            String organisation = caller.organisation().code();
            boolean disclosed = !caller.organisation().isCounty() && status < 400 && purpose != Purpose.REFERRAL_INTAKE;
            return new Use(
                    disclosed ? "DISCLOSURE" : "USE",
                    caller.id(),
                    String.join(",", new TreeSet<>(caller.roles())),
                    organisation,
                    purpose,
                    action,
                    resource,
                    status,
                    disclosed ? organisation + " via API" : null);
        }
    }

    private final DataSource dataSource;
    private final EntityManager em;
    private final String service;

    AccessLogWriter(
            DataSource dataSource,
            EntityManager em,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.em = em;
        this.service = service;
    }

    /**
     * Writes a request's entry in the request's own transaction, so that its work and its entry commit together or
     * not at all. One statement, one row per client (or one row without a client).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void useInTransaction(Use use, Collection<UUID> clients) {
        em.unwrap(Session.class).doWork(connection -> insert(connection, use, clients));
    }

    /**
     * Writes the entry of a request that did not run (refused for its role, its limit, its input) on a connection of
     * its own, committed at once: nothing was done, and the attempt must stand.
     */
    void use(Use use, Collection<UUID> clients) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, use, clients);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static void insert(Connection connection, Use use, Collection<UUID> clients) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Array clientIds =
                    connection.createArrayOf("uuid", clients.isEmpty() ? new Object[] {null} : clients.toArray());
            insert.setString(1, use.kind());
            insert.setString(2, use.actorId());
            insert.setString(3, use.actorRoles());
            insert.setString(4, use.organisationType());
            insert.setString(5, use.purpose().name());
            insert.setString(6, use.action());
            insert.setString(7, use.resource());
            insert.setInt(8, use.status());
            insert.setString(9, use.recipient());
            insert.setArray(10, clientIds);
            insert.executeUpdate();
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
