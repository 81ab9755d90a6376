package fi.polku.team.consent;

import fi.polku.events.ConsentGiven;
import fi.polku.events.ConsentPeriods;
import fi.polku.events.ConsentWithdrawn;
import fi.polku.events.OrganisationType;
import fi.polku.events.PolkuEvent;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * team-service's read model of clients' consent decisions, and the one question asked of it: is the consent for an
 * organisation type in force on a day? Answered by the contract's {@link ConsentPeriods}, exactly as referral-service
 * answers it.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    Event<ConsentChanged> changed;

    /** Keeps a consent decision, in the consumer's transaction after its claim, and says so to whoever listens. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        ConsentDecisionRecord decision = switch (event) {
            case ConsentGiven given
            when ConsentDecisionRecord.findById(given.consentId()) == null -> ConsentDecisionRecord.of(given);
            case ConsentWithdrawn withdrawn
            when ConsentDecisionRecord.findById(withdrawn.consentId()) == null -> ConsentDecisionRecord.of(withdrawn);
            default -> null;
        };
        if (decision != null) {
            decision.persist();
            changed.fire(new ConsentChanged(decision.clientId));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean inForce(UUID clientId, OrganisationType type, LocalDate day) {
        List<ConsentPeriods.Decision> decisions =
                ConsentDecisionRecord.<ConsentDecisionRecord>list(
                                "clientId", Sort.by("recordedAt").and("consentId"), clientId)
                        .stream()
                        .map(ConsentDecisionRecord::decision)
                        .toList();
        return ConsentPeriods.inForce(decisions, type, day).isPresent();
    }
}
