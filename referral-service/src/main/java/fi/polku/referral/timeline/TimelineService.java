package fi.polku.referral.timeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.HealthCheckEvent;
import fi.polku.events.PathwayEvent;
import fi.polku.platform.inbox.ReceivedEvent;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.problem.ProblemException;
import fi.polku.referral.pathway.PathwayService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineService {

    private final PathwayService pathways;
    private final ObjectMapper json;
    private final EntityManager em;

    TimelineService(PathwayService pathways, ObjectMapper json, EntityManager em) {
        this.pathways = pathways;
        this.json = json;
        this.em = em;
    }

    /**
     * Records a poll's events about a pathway, in their order, with one statement: a pathway event, or a health check
     * that belongs to one. Its facts are the payload without the pathway and client ids, which the timeline's address
     * already says; events about no pathway (consent, the team registry, a health check asked for without one) are
     * not part of a timeline.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<ReceivedEvent> events) {
        List<ReceivedEvent> entries = new ArrayList<>(events.size());
        List<UUID> pathwayIds = new ArrayList<>(events.size());
        for (ReceivedEvent event : events) {
            UUID pathwayId = switch (event.payload()) {
                case PathwayEvent payload -> payload.pathwayId();
                case HealthCheckEvent payload -> payload.pathwayId();
                default -> null;
            };
            if (pathwayId != null) {
                entries.add(event);
                pathwayIds.add(pathwayId);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        // seq numbers the entries in the order the rows are inserted: ordinality keeps them in the events' order.
        em.createNativeQuery("""
                insert into timeline_entry (event_id, pathway_id, type, source, occurred_at, facts)
                select e.id, e.pathway, e.type, e.source, e.at, cast(e.facts as jsonb)
                from unnest(cast(?1 as uuid[]), cast(?2 as uuid[]), cast(?3 as text[]), cast(?4 as text[]),
                            cast(?5 as timestamptz[]), cast(?6 as text[]))
                     with ordinality as e(id, pathway, type, source, at, facts, ord)
                order by e.ord""")
                .setParameter(1, NativeValues.column(entries, ReceivedEvent::id))
                .setParameter(2, NativeValues.column(pathwayIds, id -> id))
                .setParameter(3, NativeValues.column(entries, ReceivedEvent::type))
                .setParameter(4, NativeValues.column(entries, ReceivedEvent::source))
                .setParameter(5, NativeValues.column(entries, ReceivedEvent::time))
                .setParameter(6, NativeValues.column(entries, this::facts))
                .executeUpdate();
    }

    private String facts(ReceivedEvent event) {
        ObjectNode facts = json.valueToTree(event.payload());
        facts.remove(List.of("pathwayId", "clientId"));
        return facts.toString();
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
