package fi.polku.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Records events in the outbox, inside the transaction that changes the state they describe.
 *
 * <p>Each appended event is also fired as a synchronous CDI event, in the same transaction, so that
 * another feature of the same service can react to it (and append events of its own) atomically,
 * without the producing feature knowing about it.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager em;
    private final ObjectMapper json;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Event<PolkuEvent> appended;

    OutboxWriter(EntityManager em, ObjectMapper json, PlatformConfig config,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay, Event<PolkuEvent> appended) {
        this.em = em;
        this.json = json;
        this.source = config.eventSource();
        this.transactions = transactions;
        this.relay = relay;
        this.appended = appended;
    }

    /**
     * Records {@code event}; it is published when, and only if, the caller's transaction commits.
     *
     * @return the event id, which becomes the CloudEvents {@code id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(PolkuEvent event, Instant occurredAt) {
        EventType<?> type = EventType.forEvent(event);
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into outbox_event (id, aggregate_id, topic, type, source, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))""")
                .setParameter(1, id)
                .setParameter(2, event.subject())
                .setParameter(3, type.topic())
                .setParameter(4, type.name())
                .setParameter(5, source)
                .setParameter(6, occurredAt)
                .setParameter(7, serialize(event))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        appended.fire(event);
        return id;
    }

    private String serialize(PolkuEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event cannot be serialized: " + event.getClass().getName(), e);
        }
    }
}
