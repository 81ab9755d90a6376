package fi.polku.referral.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.EventType;
import fi.polku.events.HealthCheckEvent;
import fi.polku.events.PathwayEvent;
import fi.polku.platform.inbox.ReceivedEvent;
import fi.polku.platform.persistence.NativeValues;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.referral.pathway.PathwayService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TimelineService {

    @Inject
    PathwayService pathways;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    HealthDetails healthDetails;

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

    /**
     * One entry as its reader may see it: its facts, less a health check's findings when they are withheld from the
     * reader ({@link HealthDetails}).
     */
    public record Shown(TimelineEntry entry, JsonNode facts, boolean withheld) {}

    /** The pathway's entries in time order, as {@code caller} may see them; 404 for a pathway nobody knows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shown> of(UUID pathwayId, Caller caller) {
        List<TimelineEntry> entries = TimelineEntry.list("pathwayId = ?1 order by occurredAt, seq", pathwayId);
        if (entries.isEmpty() && !pathways.exists(pathwayId)) {
            throw new NotFound("No pathway " + pathwayId);
        }
        List<JsonNode> facts = entries.stream().map(entry -> parse(entry.facts)).toList();
        boolean findingsShown = healthDetails.shownTo(caller, coordinator(entries, facts));
        List<Shown> shown = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            boolean withheld = !findingsShown && HealthDetails.isHealthEvent(entries.get(i).type);
            shown.add(new Shown(
                    entries.get(i), withheld ? HealthDetails.withheld(facts.get(i)) : facts.get(i), withheld));
        }
        return shown;
    }

    /** The client's coordinator now: the one the newest assembly or change of the client's team named. */
    private static Optional<String> coordinator(List<TimelineEntry> entries, List<JsonNode> facts) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            String type = entries.get(i).type;
            if (EventType.TEAM_ASSEMBLED.name().equals(type)
                    || EventType.CLIENT_COORDINATOR_CHANGED.name().equals(type)) {
                return Optional.ofNullable(facts.get(i).path("coordinatorId").textValue());
            }
        }
        return Optional.empty();
    }

    private JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored timeline facts are not JSON", e);
        }
    }
}
