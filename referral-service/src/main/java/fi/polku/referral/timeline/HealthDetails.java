package fi.polku.referral.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.EventType;
import fi.polku.events.Profession;
import fi.polku.events.Topics;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.referral.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * What a timeline shows of a health check. Its findings (the assessment, the follow-ups, a statement's conclusion, a
 * cancellation's reason) are health data, which health-check-service shows only to health professionals: the timeline
 * shows them to the county's health professionals (by role or by their profession in the network's registry) and to
 * the client's coordinator, who walks beside the client. Everyone else who may see the pathway sees that the check
 * happened and when, nothing of what it found.
 */
@ApplicationScoped
public class HealthDetails {

    @Inject
    TeamService teams;

    /**
     * Whether {@code caller} may read the health findings on a pathway's timeline.
     *
     * @param coordinator the client's coordinator now, as the pathway's team events last named them
     */
    boolean shownTo(Caller caller, Optional<String> coordinator) {
        if (!caller.organisation().isCounty()) {
            return false;
        }
        return caller.hasRole(Role.DOCTOR)
                || caller.hasRole(Role.HEALTH_NURSE)
                || teams.professionOf(caller.id()).map(Profession::isHealthCare).orElse(false)
                || coordinator.map(caller.id()::equals).orElse(false);
    }

    /** Whether an entry's type is a health check's, whose facts may hold findings. */
    static boolean isHealthEvent(String type) {
        return EventType.byName(type)
                .map(t -> Topics.HEALTH_CHECK.equals(t.topic()))
                .orElse(false);
    }

    /**
     * The facts without the findings: only what says which check it was and when (the fields named ...Id, ...At,
     * ...On). A whitelist, so that a finding a later version of an event adds is withheld too.
     */
    static JsonNode withheld(JsonNode facts) {
        ObjectNode kept = facts.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = kept.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!(name.endsWith("Id") || name.endsWith("At") || name.endsWith("On"))) {
                fields.remove();
            }
        }
        return kept;
    }
}
