package fi.polku.indicator.fact;

import fi.polku.platform.persistence.NativeValues;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * How fresh the read model is, per fact group, as a metric beside Kafka's own lag in records
 * ({@code kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-fact-…"}}): the time of the newest
 * event applied, in epoch seconds, which the answers give as {@code dataUpTo}. Its distance from now is how old the
 * figures are; a lag that grows while this stands still is a consumer that stopped.
 */
@ApplicationScoped
@Startup
public class Freshness {

    private final EntityManager em;

    Freshness(EntityManager em, MeterRegistry metrics) {
        this.em = em;
        for (String group : FactService.GROUP_OF_TOPIC.values()) {
            Gauge.builder("polku.indicator.applied.up.to", this, f -> f.appliedUpTo(group))
                    .description("The time of the newest event applied by the group, epoch seconds; NaN before any")
                    .tag("group", group)
                    .baseUnit("seconds")
                    .register(metrics);
        }
    }

    private double appliedUpTo(String group) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                            "select applied_up_to from indicator_watermark where consumer_group = ?1")
                    .setParameter(1, group)
                    .getResultList();
            Instant at = rows.isEmpty() ? null : NativeValues.instant(rows.getFirst());
            return at == null ? Double.NaN : at.getEpochSecond();
        });
    }
}
