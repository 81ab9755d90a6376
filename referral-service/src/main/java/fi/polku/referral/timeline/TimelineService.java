package fi.polku.referral.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.HealthCheckEvent;
import fi.polku.events.PathwayEvent;
import fi.polku.platform.inbox.ReceivedEvent;
import fi.polku.platform.problem.ProblemException;
import fi.polku.referral.pathway.PathwayService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineService {

    private final PathwayService pathways;
    private final ObjectMapper json;

    TimelineService(PathwayService pathways, ObjectMapper json) {
        this.pathways = pathways;
        this.json = json;
    }

    /**
     * Records an event about a pathway: a pathway event, or a health check that belongs to one. Its facts are the
     * payload without the pathway and client ids, which the timeline's address already says; events about no pathway
     * (consent, the team registry, a health check asked for without one) are not part of a timeline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReceivedEvent event) {
        UUID pathwayId = switch (event.payload()) {
            case PathwayEvent payload -> payload.pathwayId();
            case HealthCheckEvent payload -> payload.pathwayId();
            default -> null;
        };
        if (pathwayId == null) {
            return;
        }
        ObjectNode facts = json.valueToTree(event.payload());
        facts.remove(List.of("pathwayId", "clientId"));
        TimelineEntry.of(event.id(), pathwayId, event.type(), event.source(), event.time(), facts.toString()).persist();
    }

    /** The pathway's entries in time order; 404 for a pathway neither this service nor the bus knows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntry> of(UUID pathwayId) {
        List<TimelineEntry> entries = TimelineEntry.list("pathwayId = ?1 order by occurredAt, seq", pathwayId);
        if (entries.isEmpty() && !pathways.exists(pathwayId)) {
            throw ProblemException.notFound("No pathway " + pathwayId);
        }
        return entries;
    }
}
