package fi.polku.team.pathway;

import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayReopened;
import fi.polku.events.PolkuEvent;
import fi.polku.platform.inbox.UnprocessableRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The read model of pathways: kept from their events, read by the client-team feature. */
@ApplicationScoped
public class Pathways {

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
            case PathwayReopened reopened -> known(reopened.pathwayId(), "reopened").apply(reopened);
            default -> {
            }
        }
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
