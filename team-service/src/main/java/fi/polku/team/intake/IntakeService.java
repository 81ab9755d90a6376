package fi.polku.team.intake;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.NativeValues;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class IntakeService {

    private final EntityManager em;

    IntakeService(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds a poll's received referrals to the intake with one statement; a referral there already stays as it is.
     * Runs in the consumer's transaction after the claims.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(List<ReferralReceived> referrals) {
        if (referrals.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into intake_referral (referral_id, pathway_id, client_id, source, municipality_code,
                                             requested_area, received_at)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as uuid[]), cast(?3 as uuid[]), cast(?4 as text[]),
                                     cast(?5 as text[]), cast(?6 as text[]), cast(?7 as timestamptz[]))
                on conflict (referral_id) do nothing""")
                .setParameter(1, NativeValues.column(referrals, ReferralReceived::referralId))
                .setParameter(2, NativeValues.column(referrals, ReferralReceived::pathwayId))
                .setParameter(3, NativeValues.column(referrals, ReferralReceived::clientId))
                .setParameter(4, NativeValues.column(referrals, r -> r.source().name()))
                .setParameter(5, NativeValues.column(referrals, ReferralReceived::municipalityCode))
                .setParameter(6, NativeValues.column(referrals, ReferralReceived::requestedArea))
                .setParameter(7, NativeValues.column(referrals, ReferralReceived::receivedAt))
                .executeUpdate();
    }


    /** The intake, oldest first, optionally for one requested area (case-insensitive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IntakeReferral> list(String area, int page, int size) {
        Sort order = Sort.by("receivedAt").and("referralId");
        var query = area == null
                ? IntakeReferral.<IntakeReferral>findAll(order)
                : IntakeReferral.<IntakeReferral>find("lower(requestedArea) = lower(:area)", order,
                        Parameters.with("area", area));
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
