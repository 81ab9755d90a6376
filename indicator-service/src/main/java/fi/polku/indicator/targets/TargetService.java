package fi.polku.indicator.targets;

import fi.polku.indicator.catalogue.Indicator;
import fi.polku.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets and reads indicator targets. */
@ApplicationScoped
public class TargetService {

    private static final String TARGET_EXAMPLE = """
            {"period": "2026-Q1", "value": 45, "setBy": "p-markku", "setAt": "2026-01-08T09:00:00Z"}""";

    /** A target for one period, as set, with who set it and when. */
    @Schema(example = TARGET_EXAMPLE)
    public record Target(String period, BigDecimal value, String setBy, Instant setAt) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Sets, or replaces, the indicator's target for the period. */
    @Transactional
    public Target set(Indicator indicator, String period, BigDecimal value, String actor) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into indicator_target (indicator, period, value, set_by, set_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (indicator, period) do update
                set value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at""")
                .setParameter(1, indicator.name())
                .setParameter(2, period)
                .setParameter(3, value)
                .setParameter(4, actor)
                .setParameter(5, now)
                .executeUpdate();
        return new Target(period, value, actor, now);
    }

    /** The indicator's targets for the given periods, or all of them when none are given, by period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Target> of(Indicator indicator, Collection<String> periods) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select period, value, set_by, set_at from indicator_target
                where indicator = ?1 and (cardinality(cast(?2 as text[])) = 0 or period = any(cast(?2 as text[])))
                order by period""")
                .setParameter(1, indicator.name())
                .setParameter(2, periods.toArray(String[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new Target((String) r[0], (BigDecimal) r[1], (String) r[2], NativeValues.instant(r[3])))
                .toList();
    }
}
