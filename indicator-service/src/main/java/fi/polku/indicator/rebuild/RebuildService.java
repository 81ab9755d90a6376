package fi.polku.indicator.rebuild;

import fi.polku.indicator.fact.FactService;
import fi.polku.platform.inbox.IdempotentConsumer;
import fi.polku.platform.inbox.InvalidEventException;
import fi.polku.platform.inbox.ReceivedEvent;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * Rebuilds the indicator read model from the topics. Every event from the earliest offset goes into a fresh schema
 * through the same {@link FactService} the live consumers use, read exactly as they read it
 * ({@link IdempotentConsumer#parse}); then, under {@link FactService#SWITCH_LOCK}, the rest up to the topics' end is
 * applied and the rebuilt tables replace the live ones' contents in one transaction. Queries meanwhile see the old
 * model, and after it the new one, never a mixture. The live consumers go on throughout: whatever they apply after the
 * switch that the rebuild already had is a duplicate the facts' keys absorb.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    private static final String SCHEMA = "indicator_rebuild";
    /** The read model's tables; targets are the county's own settings, not built from events, and stay. */
    private static final List<String> TABLES = List.of(
            "pathway_dim",
            "referral_dim",
            "indicator_fact",
            "team_version",
            "professional_version",
            "indicator_watermark");
    /** A running rebuild whose heartbeat is older than this died with its instance. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    /** How long the topics may give nothing while the rebuild has not reached their end, before it gives up. */
    private static final Duration STALLED_AFTER = Duration.ofMinutes(2);

    private static final String RUN_EXAMPLE = """
            {"id": "5b7d1f0e-8a53-4c1e-9a57-3e2f7f0c2a11", "state": "RUNNING", "requestedBy": "p-anni",
             "startedAt": "2026-11-30T22:00:00Z", "finishedAt": null, "events": 120400, "error": null}""";

    /** A rebuild as it stands. */
    @Schema(example = RUN_EXAMPLE)
    public record Run(
            UUID id,
            String state,
            String requestedBy,
            Instant startedAt,

            @Schema(nullable = true, description = "Null while the rebuild runs")
            Instant finishedAt,

            long events,

            @Schema(nullable = true, description = "Why the rebuild failed; null unless it did")
            String error) {}

    private final EntityManager em;
    private final FactService facts;
    private final IdempotentConsumer inbox;
    private final Map<String, Object> kafkaConfig;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));

    RebuildService(
            EntityManager em,
            FactService facts,
            IdempotentConsumer inbox,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            Clock clock) {
        this.em = em;
        this.facts = facts;
        this.inbox = inbox;
        this.kafkaConfig = kafkaConfig;
        this.clock = clock;
    }

    /** Starts a rebuild, or refuses (StateConflict) while another one is alive. */
    public Run start(String actor) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        boolean started = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                    update read_model_rebuild set state = 'FAILED', finished_at = ?1,
                        error = 'abandoned: its instance stopped while it ran'
                    where state = 'RUNNING' and heartbeat_at < ?2""")
                    .setParameter(1, now)
                    .setParameter(2, now.minus(ABANDONED_AFTER))
                    .executeUpdate();
            return em.createNativeQuery("""
                    insert into read_model_rebuild (id, state, requested_by, started_at, heartbeat_at)
                    values (?1, 'RUNNING', ?2, ?3, ?3) on conflict do nothing""")
                            .setParameter(1, id)
                            .setParameter(2, actor)
                            .setParameter(3, now)
                            .executeUpdate()
                    == 1;
        });
        if (!started) {
            throw new StateConflict("A rebuild of the read model is running already; wait for it to end.");
        }
        worker.submit(() -> run(id));
        return find(id).orElseThrow();
    }

    public Optional<Run> find(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> runs("where id = ?1", id).stream().findFirst());
    }

    /** The newest rebuilds first. */
    public List<Run> recent() {
        return QuarkusTransaction.requiringNew().call(() -> runs("order by started_at desc limit 20", null));
    }

    private List<Run> runs(String where, UUID id) {
        var query = em.createNativeQuery("select id, state, requested_by, started_at, finished_at, events, error "
                + "from read_model_rebuild " + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Run(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        NativeValues.instant(r[3]),
                        NativeValues.instant(r[4]),
                        ((Number) r[5]).longValue(),
                        (String) r[6]))
                .toList();
    }

    private void run(UUID id) {
        try {
            String live = QuarkusTransaction.requiringNew().call(this::freshSchema);
            try (KafkaConsumer<String, String> consumer = consumer()) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : FactService.GROUP_OF_TOPIC.keySet()) {
                    consumer.partitionsFor(topic)
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                long[] applied = {0};
                readTo(consumer, consumer.endOffsets(partitions), batch -> {
                    QuarkusTransaction.requiringNew().run(() -> {
                        applied[0] += apply(live, batch);
                        em.createNativeQuery(
                                        "update read_model_rebuild set heartbeat_at = ?1, events = ?2 where id = ?3")
                                .setParameter(1, clock.instant())
                                .setParameter(2, applied[0])
                                .setParameter(3, id)
                                .executeUpdate();
                    });
                });
                QuarkusTransaction.requiringNew()
                        .timeout((int) Duration.ofMinutes(30).toSeconds())
                        .run(() -> {
                            em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                                    .setParameter(1, FactService.SWITCH_LOCK)
                                    .getSingleResult();
                            readTo(
                                    consumer,
                                    consumer.endOffsets(partitions),
                                    batch -> applied[0] += apply(live, batch));
                            switchOver(live);
                            em.createNativeQuery("""
                            update read_model_rebuild set state = 'DONE', finished_at = ?1, heartbeat_at = ?1,
                                events = ?2 where id = ?3""")
                                    .setParameter(1, clock.instant())
                                    .setParameter(2, applied[0])
                                    .setParameter(3, id)
                                    .executeUpdate();
                        });
                LOG.infof("Read model rebuilt from %d events", applied[0]);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuild %s failed", id);
            String error = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> {
                dropRebuiltTables();
                em.createNativeQuery("""
                        update read_model_rebuild set state = 'FAILED', finished_at = ?1, error = ?2 where id = ?3""")
                        .setParameter(1, clock.instant())
                        .setParameter(2, error.substring(0, Math.min(500, error.length())))
                        .setParameter(3, id)
                        .executeUpdate();
            });
        }
    }

    /**
     * Makes the live tables' empty copies in the rebuild schema; returns the live schema. The schema is the owner's
     * (migration V9), since the service's role may not create schemas; the tables in it are the service's own.
     */
    private String freshSchema() {
        String live = (String) em.createNativeQuery("select current_schema()").getSingleResult();
        dropRebuiltTables();
        for (String table : TABLES) {
            em.createNativeQuery(
                            "create table %s.%s (like \"%s\".%s including all)".formatted(SCHEMA, table, live, table))
                    .executeUpdate();
        }
        return live;
    }

    /**
     * Applies a poll's events into the rebuild schema, a topic at a time (each in its partitions' order), as that
     * topic's consumer group. A record the live consumers would have dead-lettered is skipped here too.
     */
    private int apply(String live, ConsumerRecords<String, String> batch) {
        em.createNativeQuery("select set_config('search_path', ?1, true)")
                .setParameter(1, SCHEMA + ", \"" + live + "\"")
                .getSingleResult();
        int applied = 0;
        for (Map.Entry<String, String> topic : FactService.GROUP_OF_TOPIC.entrySet()) {
            List<ReceivedEvent> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : batch.records(topic.getKey())) {
                try {
                    inbox.parse(record).ifPresent(events::add);
                } catch (InvalidEventException e) {
                    LOG.debugf(
                            "Rebuild skips %s-%d@%d: %s",
                            record.topic(), record.partition(), record.offset(), e.getMessage());
                }
            }
            if (!events.isEmpty()) {
                facts.apply(topic.getValue(), events);
                applied += events.size();
            }
        }
        em.createNativeQuery("select set_config('search_path', ?1, true)")
                .setParameter(1, "\"" + live + "\"")
                .getSingleResult();
        return applied;
    }

    private interface BatchHandler {
        void handle(ConsumerRecords<String, String> batch);
    }

    /** Reads until every partition's position reaches {@code end}. */
    private static void readTo(
            KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, BatchHandler handler) {
        Map<TopicPartition, Long> remaining = new HashMap<>(end);
        remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        long lastProgress = System.nanoTime();
        while (!remaining.isEmpty()) {
            ConsumerRecords<String, String> batch = consumer.poll(Duration.ofSeconds(1));
            if (!batch.isEmpty()) {
                handler.handle(batch);
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALLED_AFTER.toNanos()) {
                throw new IllegalStateException(
                        "The topics gave nothing for " + STALLED_AFTER + " before their end " + remaining);
            }
            remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
    }

    /** Replaces the live tables' rows with the rebuilt ones; deletes, not truncates, so readers are never blocked. */
    private void switchOver(String live) {
        for (String table : TABLES) {
            em.createNativeQuery("delete from \"%s\".%s".formatted(live, table)).executeUpdate();
            em.createNativeQuery("insert into \"%s\".%s select * from %s.%s".formatted(live, table, SCHEMA, table))
                    .executeUpdate();
            // Every row is new: without fresh statistics the planner would guess from the old ones until autovacuum
            // came round, and a year's query over a million facts took seconds instead of a fifth of one.
            // ANALYZE is the owner's: migration V9's function runs it as the owner.
            em.createNativeQuery("select read_model_analyze(?1)")
                    .setParameter(1, table)
                    .getSingleResult();
        }
        dropRebuiltTables();
    }

    private void dropRebuiltTables() {
        for (String table : TABLES) {
            em.createNativeQuery("drop table if exists %s.%s".formatted(SCHEMA, table))
                    .executeUpdate();
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "read-model-rebuild");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
