package fi.polku.referral.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import fi.polku.referral.pathway.PathwayService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanService {

    @Inject
    PathwayService pathways;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Writes the next version of an open pathway's plan. */
    @Transactional
    public PlanVersion change(
            UUID pathwayId, Integer basedOnVersion, PlanContent content, String changeNote, String by) {
        pathways.lockOpen(pathwayId, "change the plan");
        PlanVersion next = PlanVersion.next(
                current(pathwayId), basedOnVersion, pathwayId, write(content), changeNote, by, clock.instant());
        try {
            next.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("The plan changed meanwhile; read it again");
            }
            throw e;
        }
        return next;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanVersion find(UUID pathwayId) {
        pathways.find(pathwayId);
        return current(pathwayId).orElseThrow(() -> new NotFound("Pathway " + pathwayId + " has no plan"));
    }

    /** Every version, the first first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanVersion> versions(UUID pathwayId) {
        pathways.find(pathwayId);
        return PlanVersion.list("pathwayId = ?1 order by version", pathwayId);
    }

    public PlanContent content(PlanVersion version) {
        try {
            return json.readValue(version.content, PlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Stored plan " + version.pathwayId + " v" + version.version + " is not readable", e);
        }
    }

    private Optional<PlanVersion> current(UUID pathwayId) {
        return PlanVersion.<PlanVersion>find("pathwayId = ?1 order by version desc", pathwayId)
                .firstResultOptional();
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan cannot be serialized", e);
        }
    }
}
