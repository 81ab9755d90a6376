package fi.polku.healthcheck.pathway;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.rule.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class PathwayService {

    /** The access log's way from a pathway named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfPathway(EntityManager em) {
        return ClientLookup.ofRows("pathway", em, "known_pathway", "pathway_id");
    }

    /** Records a referral of a pathway; runs in the consumer's transaction after its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void referred(ReferralReceived event) {
        KnownPathway pathway = KnownPathway.findById(event.pathwayId(), LockModeType.PESSIMISTIC_WRITE);
        if (pathway == null) {
            KnownPathway.opened(event).persist();
        } else {
            pathway.referredAgain(event);
        }
    }

    /** Whether the pathway is known here and is the client's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean belongsTo(UUID pathwayId, UUID clientId) {
        KnownPathway pathway = KnownPathway.findById(pathwayId);
        return pathway != null && pathway.clientId.equals(clientId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownPathway find(UUID pathwayId) {
        KnownPathway pathway = KnownPathway.findById(pathwayId);
        if (pathway == null) {
            throw new NotFound("No pathway " + pathwayId + " is known to health-check-service");
        }
        return pathway;
    }
}
