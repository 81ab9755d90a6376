package fi.polku.healthcheck.worklist;

import fi.polku.healthcheck.HealthCheckConfig;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.rule.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who needs a health check. A cancellation or a no-show puts a client back at once: only a requested or booked check,
 * or one completed within the interval, keeps them off.
 */
@ApplicationScoped
public class Worklist {

    /**
     * A client who needs a check, and since when: the later of the day they became unemployed and the day their last
     * check ran out; the oldest need comes first.
     */
    public record Entry(
            UUID clientId,
            String municipalityCode,
            String area,
            LocalDate unemployedSince,
            Instant lastCheckCompletedAt,
            LocalDate needSince,
            UUID latestPathwayId) {}

    /**
     * The day a check completed at {@code completedAt} runs out: its day in Finland, the interval ({@code ?3} months)
     * later. From that day on the client needs another.
     */
    private static final String RAN_OUT =
            "cast(cast((%s at time zone 'Europe/Helsinki') as date) + make_interval(months => ?3) as date)";

    /** The clients who need a check on the day {@code ?4}: no check requested or booked, none that has not run out. */
    private static final String NEEDING = """
            from known_client c
            where c.labour_market_status = 'UNEMPLOYED'
              and (cast(?1 as text) is null or lower(c.area) = lower(cast(?1 as text)))
              and (cast(?2 as text) is null or c.municipality_code = cast(?2 as text))
              and not exists (select 1 from health_check h where h.client_id = c.client_id
                              and (h.status in ('REQUESTED', 'BOOKED')
                                   or (h.status = 'COMPLETED' and %s > ?4)))""".formatted(RAN_OUT.formatted("h.completed_at"));

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{3}");

    @Inject
    HealthCheckConfig config;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The clients of the area (any case) and municipality who need a check today, the oldest need first. A blank area
     * is none, and a municipality code is three digits: an InvalidField, not a filter left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Entry> of(Optional<String> area, Optional<String> municipalityCode, int page, int size) {
        if (area.isPresent() && area.get().isBlank()) {
            throw new InvalidField("area", "must not be blank");
        }
        if (municipalityCode.isPresent()
                && !MUNICIPALITY_CODE.matcher(municipalityCode.get()).matches()) {
            throw new InvalidField("municipalityCode", "must be a 3-digit municipality code");
        }
        LocalDate today = FinnishTime.today(clock);
        long total = ((Number)
                        parameters(em.createNativeQuery("select count(*) " + NEEDING), area, municipalityCode, today)
                                .getSingleResult())
                .longValue();
        List<?> rows = parameters(
                        em.createNativeQuery("""
                select client_id, municipality_code, area, unemployed_since, last_completed,
                       greatest(unemployed_since, %s) as need_since, latest_pathway_id
                from (select c.*, (select max(h.completed_at) from health_check h where h.client_id = c.client_id
                                     and h.status = 'COMPLETED') as last_completed
                      """.formatted(RAN_OUT.formatted("last_completed")) + NEEDING + """
                ) needing
                order by need_since nulls last, client_id"""),
                        area,
                        municipalityCode,
                        today)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(
                rows.stream()
                        .map(row -> (Object[]) row)
                        .map(r -> new Entry(
                                (UUID) r[0],
                                (String) r[1],
                                (String) r[2],
                                NativeValues.day(r[3]),
                                NativeValues.instant(r[4]),
                                NativeValues.day(r[5]),
                                (UUID) r[6]))
                        .toList(),
                total,
                page,
                size);
    }

    private Query parameters(Query query, Optional<String> area, Optional<String> municipality, LocalDate today) {
        return query.setParameter(1, area.orElse(null))
                .setParameter(2, municipality.orElse(null))
                .setParameter(3, config.worklist().intervalMonths())
                .setParameter(4, today);
    }
}
