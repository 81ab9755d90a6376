package fi.polku.indicator.referral;

import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
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

    /** Counts one received referral; runs in the consumer's transaction, after its event id was claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void count(ReferralReceived referral) {
        em.createNativeQuery("""
                insert into referral_count (month, source, municipality_code, referrals) values (?1, ?2, ?3, 1)
                on conflict (month, source, municipality_code) do update
                set referrals = referral_count.referrals + 1""")
                .setParameter(1, ReferralMonth.of(referral.receivedAt()))
                .setParameter(2, referral.source().name())
                .setParameter(3, referral.municipalityCode() == null ? "" : referral.municipalityCode())
                .executeUpdate();
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
            byMonth.merge(YearMonth.from(toLocalDate(row[0])), n, Long::sum);
            total += n;
        }
        return new ReferralSummary(from, to, total, bySource, byMonth);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
