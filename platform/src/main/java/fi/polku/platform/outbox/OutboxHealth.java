package fi.polku.platform.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Shows parked outbox rows at {@code /q/health/well}: DOWN, with the oldest one's row, type and error, while
 * any exists. A wellness check, not readiness: a parked row holds back one key's events, not the service, so
 * it is for an operator to act on, not a reason to take the instance out of rotation.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    static final String NAME = "Outbox";

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        @SuppressWarnings("unchecked")
        List<Object[]> parked = em.createNativeQuery("""
                select seq, type, last_error, count(*) over () from outbox_event
                where published_at is null and parked_at is not null order by seq limit 1""").getResultList();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(parked.isEmpty());
        if (parked.isEmpty()) {
            return response.withData("parked", 0).build();
        }
        Object[] oldest = parked.getFirst();
        return response.withData("parked", ((Number) oldest[3]).longValue())
                .withData("oldestParkedSeq", ((Number) oldest[0]).longValue())
                .withData("oldestParkedType", (String) oldest[1])
                .withData("oldestParkedError", String.valueOf(oldest[2]))
                .build();
    }
}
