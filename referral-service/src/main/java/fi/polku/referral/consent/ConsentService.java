package fi.polku.referral.consent;

import fi.polku.events.OrganisationType;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.rule.StateConflict;
import fi.polku.referral.client.ClientService;
import fi.polku.referral.pathway.ConsentInForce;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ConsentService implements ConsentInForce {

    @Inject
    ClientService clients;

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records that the client gave consent and publishes {@code consent.given}.
     *
     * @param validFrom absent means today
     */
    @Transactional
    public ConsentDecision give(
            UUID clientId, Set<OrganisationType> types, LocalDate validFrom, LocalDate validUntil, String recordedBy) {
        lockClient(clientId);
        LocalDate today = today();
        return record(ConsentDecision.given(
                clientId,
                types,
                validFrom == null ? today : validFrom,
                validUntil,
                today,
                recordedBy,
                clock.instant()));
    }

    /**
     * Records that the client withdrew consent from {@code effectiveFrom} on and publishes
     * {@code consent.withdrawn}. Withdrawing what is not in force from that day on is a conflict: it
     * would record a decision that changes nothing.
     *
     * @param effectiveFrom absent means today
     */
    @Transactional
    public ConsentDecision withdraw(
            UUID clientId, Set<OrganisationType> types, LocalDate effectiveFrom, String recordedBy) {
        lockClient(clientId);
        LocalDate today = today();
        ConsentDecision withdrawal = ConsentDecision.withdrawn(
                clientId, types, effectiveFrom == null ? today : effectiveFrom, today, recordedBy, clock.instant());
        ConsentHistory history = history(clientId);
        List<OrganisationType> nothingToWithdraw = types.stream()
                .filter(t -> !history.withdrawable(t, withdrawal.validFrom))
                .toList();
        if (!nothingToWithdraw.isEmpty()) {
            throw new StateConflict(
                    "No consent for " + nothingToWithdraw + " is in force on or after " + withdrawal.validFrom);
        }
        return record(withdrawal);
    }

    /** {@code clientId}, once it is known to name a registered client. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID clientExists(UUID clientId) {
        return clients.find(clientId).id;
    }

    /** The client's decisions, for deriving what is in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsentHistory history(UUID clientId) {
        return new ConsentHistory(ConsentDecision.list("clientId", clientId));
    }

    /** Whether the client's consent for {@code type} is in force on {@code day}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public boolean inForce(UUID clientId, OrganisationType type, LocalDate day) {
        return history(clientId).inForce(type, day).isPresent();
    }

    public LocalDate today() {
        return FinnishTime.today(clock);
    }

    private ConsentDecision record(ConsentDecision decision) {
        decision.persist();
        outbox.append(decision.event(), decision.recordedAt);
        return decision;
    }

    /** Serialises one client's decisions, so a withdrawal's check sees every decision before it. */
    private void lockClient(UUID clientId) {
        clients.find(clientId);
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                .setParameter(1, "consent:" + clientId)
                .getSingleResult();
    }
}
