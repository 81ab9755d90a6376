package fi.polku.indicator.referral;

import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import fi.polku.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The read model of received referrals: counted on arrival, summed on request. */
@ApplicationScoped
public class ReferralCounts {

    private final EntityManager em;

    ReferralCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts received referrals; runs in the consumer's transaction, after their event ids were claimed. A
     * poll's referrals are summed per month, source and municipality first and written with one statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(List<ReferralReceived> referrals) {
        if (referrals.isEmpty()) {
            return;
        }
        Map<Cell, Integer> cells = new HashMap<>();
        for (ReferralReceived referral : referrals) {
            cells.merge(new Cell(ReferralMonth.of(referral.receivedAt()), referral.source().name(),
                    referral.municipalityCode() == null ? "" : referral.municipalityCode()), 1, Integer::sum);
        }
        List<Cell> keys = List.copyOf(cells.keySet());
        em.createNativeQuery("""
                insert into referral_count (month, source, municipality_code, referrals)
                select cast(c.month as date), c.source, c.municipality, c.referrals
                from unnest(?1, ?2, ?3, ?4) as c(month, source, municipality, referrals)
                on conflict (month, source, municipality_code) do update
                set referrals = referral_count.referrals + excluded.referrals""")
                .setParameter(1, keys.stream().map(c -> c.month().toString()).toArray(String[]::new))
                .setParameter(2, keys.stream().map(Cell::source).toArray(String[]::new))
                .setParameter(3, keys.stream().map(Cell::municipality).toArray(String[]::new))
                .setParameter(4, keys.stream().map(cells::get).toArray(Integer[]::new))
                .executeUpdate();
    }

    private record Cell(LocalDate month, String source, String municipality) {
    }

    /** Referrals received from {@code from} to {@code to}, both months included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferralSummary summarise(YearMonth from, YearMonth to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select month, source, sum(referrals) from referral_count
                where month between ?1 and ?2 group by month, source""")
                .setParameter(1, from.atDay(1))
                .setParameter(2, to.atDay(1))
                .getResultList();
        Map<ReferralSource, Long> bySource = new EnumMap<>(ReferralSource.class);
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[2]).longValue();
            bySource.merge(ReferralSource.valueOf((String) row[1]), n, Long::sum);
            byMonth.merge(YearMonth.from(NativeValues.day(row[0])), n, Long::sum);
            total += n;
        }
        return new ReferralSummary(from, to, total, bySource, byMonth);
    }
}
