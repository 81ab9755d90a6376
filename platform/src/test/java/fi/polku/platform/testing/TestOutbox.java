package fi.polku.platform.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** What a service under test wrote to its outbox: the events it will publish, read back for assertions. */
public final class TestOutbox {

    private TestOutbox() {}

    /** An outbox row: the event's type and its payload as JSON text. */
    public record Published(String type, String payload) {}

    /** The events about {@code subject} (their key), in the order they are published. */
    public static List<Published> about(EntityManager em, UUID subject) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select type, cast(payload as text) from outbox_event where aggregate_id = ?1 order by seq")
                        .setParameter(1, subject)
                        .getResultList());
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new Published((String) r[0], (String) r[1]))
                .toList();
    }

    /** The types of those events. */
    public static List<String> typesAbout(EntityManager em, UUID subject) {
        return about(em, subject).stream().map(Published::type).toList();
    }
}
