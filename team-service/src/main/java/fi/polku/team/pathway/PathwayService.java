package fi.polku.team.pathway;

import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayReopened;
import fi.polku.events.PolkuEvent;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.inbox.UnprocessableRecordException;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The read model of pathways: kept from their events, read by every feature that hangs on a pathway. */
@ApplicationScoped
public class PathwayService {

    /** The access log's way from a pathway named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfPathway(EntityManager em) {
        return ClientLookup.ofRows("pathway", em, "pathway", "pathway_id");
    }

    /**
     * Applies a pathway event in the consumer's transaction after its claim. A pathway's events share its key, so
     * they arrive in order; a close or reopening of a pathway never opened here is a broken stream, not something
     * to guess around, and goes to the dead letters.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        switch (event) {
            case PathwayOpened opened -> {
                if (KnownPathway.findById(opened.pathwayId()) == null) {
                    KnownPathway.of(opened).persist();
                }
            }
            case PathwayClosed closed -> known(closed.pathwayId(), "closed").apply(closed);
            case PathwayReopened reopened ->
                known(reopened.pathwayId(), "reopened").apply(reopened);
            default -> {}
        }
    }

    /**
     * The pathway for a change to what hangs on it (its client's team, meetings, contacts, consultations): refused
     * while it is closed. The row is read under a share lock, so a close arriving meanwhile waits for the change to
     * commit and then applies: nothing lands on a pathway after it closed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownPathway openForChange(UUID pathwayId) {
        KnownPathway pathway = KnownPathway.findById(pathwayId, LockModeType.PESSIMISTIC_READ);
        if (pathway == null) {
            throw new NotFound("No pathway " + pathwayId);
        }
        if (pathway.status != PathwayStatus.OPEN) {
            throw new StateConflict("The pathway is closed: its team, meetings, contacts and consultations "
                    + "are frozen until it is reopened");
        }
        return pathway;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownPathway> find(UUID pathwayId) {
        return KnownPathway.findByIdOptional(pathwayId);
    }

    private static KnownPathway known(UUID pathwayId, String what) {
        KnownPathway pathway = KnownPathway.findById(pathwayId);
        if (pathway == null) {
            throw new UnprocessableRecordException("pathway " + pathwayId + " " + what + " before it was opened");
        }
        return pathway;
    }
}
