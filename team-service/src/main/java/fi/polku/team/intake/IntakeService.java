package fi.polku.team.intake;

import fi.polku.events.PolkuEvent;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralRejected;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.team.network.NetworkService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class IntakeService {

    @Inject
    EntityManager em;

    @Inject
    NetworkService network;

    /**
     * Applies a poll's referral events in the consumer's transaction after the claims: received referrals join the
     * intake with one statement (one there already stays as it is), decided ones (accepted or rejected) leave it with
     * another. A referral received and decided in the same poll is added, then removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<PolkuEvent> events) {
        List<ReferralReceived> received = events.stream()
                .filter(ReferralReceived.class::isInstance)
                .map(ReferralReceived.class::cast)
                .toList();
        List<UUID> decided = events.stream()
                .<UUID>mapMulti((event, decisions) -> {
                    switch (event) {
                        case ReferralAccepted accepted -> decisions.accept(accepted.referralId());
                        case ReferralRejected rejected -> decisions.accept(rejected.referralId());
                        default -> {}
                    }
                })
                .toList();
        add(received);
        if (!decided.isEmpty()) {
            em.createNativeQuery("delete from intake_referral where referral_id = any(cast(?1 as uuid[]))")
                    .setParameter(1, decided.toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    private void add(List<ReferralReceived> referrals) {
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

    /**
     * The referrals waiting for a team that the standing teams {@code teams} serve: asking for one of their areas, or
     * from one of their municipalities. Oldest first, optionally for one requested area (case-insensitive).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IntakeReferral> list(Set<UUID> teams, Optional<String> area, int page, int size) {
        NetworkService.Served served = network.servedBy(teams);
        if (served.nothing()) {
            return new Page<>(List.of(), 0, page, size);
        }
        Sort order = Sort.by("receivedAt").and("referralId");
        Parameters parameters = Parameters.with("areas", served.areas().isEmpty() ? Set.of("") : served.areas())
                .and("municipalities", served.municipalityCodes().isEmpty() ? Set.of("") : served.municipalityCodes());
        String where = "(lower(requestedArea) in :areas or municipalityCode in :municipalities)";
        if (area.isPresent()) {
            where += " and lower(requestedArea) = lower(:area)";
            parameters.and("area", area.get());
        }
        var query = IntakeReferral.<IntakeReferral>find(where, order, parameters);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
