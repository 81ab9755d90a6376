package fi.polku.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.events.EventType;
import fi.polku.events.PolkuEvent;
import fi.polku.events.Topics;
import fi.polku.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Records events in the outbox, inside the transaction that changes the state they describe.
 *
 * <p>Before the first event of a key (the event's subject: a pathway, or a client) is written, the transaction
 * takes a transaction-scoped advisory lock on that key. Two transactions that write events of the same key are
 * thereby serialised from that point to their commit, whatever rows their use cases lock, so the second one's
 * rows get a higher {@code seq} than the first one's and become visible only after them: the relay, publishing
 * in {@code seq} order, cannot publish a key's events out of commit order.
 *
 * <p>Each appended event is also fired as a synchronous CDI event, in the same transaction, so that
 * another feature of the same service can react to it (and append events of its own) atomically,
 * without the producing feature knowing about it.
 */
@ApplicationScoped
public class OutboxWriter {

    /** Advisory lock namespace of the outbox's keys (the two-integer form, apart from the relay's bigint lock). */
    private static final int KEY_LOCK_NAMESPACE = 0x706f6c6b;
    /** Transaction resource: the keys this transaction has locked already. */
    private static final Object LOCKED_KEYS = new Object();

    private final EntityManager em;
    private final ObjectMapper json;
    private final String source;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Event<PolkuEvent> appended;

    OutboxWriter(
            EntityManager em,
            ObjectMapper json,
            PlatformConfig config,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay,
            Event<PolkuEvent> appended) {
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
        if (!Topics.source(type.topic()).map(source::equals).orElse(false)) {
            throw new IllegalStateException(
                    source + " does not produce " + type.topic() + " (the contract's producer is "
                            + Topics.source(type.topic()).orElse("none") + "), so it may not write " + type.name());
        }
        UUID id = UUID.randomUUID();
        lockKey(event.subject());
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
        appended.fire(event);
        return id;
    }

    private void lockKey(UUID key) {
        @SuppressWarnings("unchecked")
        Set<UUID> locked = (Set<UUID>) transactions.getResource(LOCKED_KEYS);
        if (locked == null) {
            locked = new HashSet<>();
            transactions.putResource(LOCKED_KEYS, locked);
            wakeRelayAfterCommit();
        }
        if (locked.add(key)) {
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked")
                    .setParameter(1, KEY_LOCK_NAMESPACE)
                    .setParameter(2, key.toString())
                    .getSingleResult();
        }
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private String serialize(PolkuEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Event cannot be serialized: " + event.getClass().getName(), e);
        }
    }
}
