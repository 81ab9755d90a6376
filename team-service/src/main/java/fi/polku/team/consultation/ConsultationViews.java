package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.events.ConsultationTopic;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.security.Caller;
import fi.polku.team.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the consultation resources answer, and who among callers is the competence centre. */
@RequestScoped
public class ConsultationViews {

    static final String CONSULTATION_EXAMPLE = """
            {"id": "5b6c7d8e-9f0a-4b1c-8d3e-4f5a6b7c8d9e", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "consulted": "COMPETENCE_CENTRE",
             "topic": "WORK_ABILITY_ASSESSMENT", "question": "Riittääkö nykyinen selvitys työkyvyn arvioon?",
             "requestedBy": "tiina", "requestedAt": "2026-03-19T08:15:00Z",
             "answerSummary": "Ohjataan työfysioterapeutin arvioon ennen lausuntoa.",
             "answeredBy": "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a", "answeredAt": "2026-03-23T13:40:00Z"}""";

    static final String REFERRAL_EXAMPLE = """
            {"id": "6c7d8e9f-0a1b-4c2d-9e4f-5a6b7c8d9e0f", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "topic": "REHABILITATION",
             "reason": "Useita päällekkäisiä kuntoutustarpeita; tiimi tarvitsee osaamiskeskuksen arvion.",
             "referredBy": "tiina", "referredAt": "2026-04-01T10:00:00Z"}""";

    @Schema(name = "Consultation", example = CONSULTATION_EXAMPLE)
    public record ConsultationView(
            UUID id,
            UUID pathwayId,
            UUID clientId,
            ConsultationTarget consulted,
            ConsultationTopic topic,
            String question,
            String requestedBy,
            Instant requestedAt,
            @Schema(nullable = true) String answerSummary,
            @Schema(nullable = true) UUID answeredBy,
            @Schema(nullable = true) Instant answeredAt)
            implements ClientData {

        static ConsultationView of(Consultation c) {
            return new ConsultationView(
                    c.id,
                    c.pathwayId,
                    c.clientId,
                    c.consulted,
                    c.topic,
                    c.question,
                    c.requestedBy,
                    c.requestedAt,
                    c.answerSummary,
                    c.answeredBy,
                    c.answeredAt);
        }
    }

    @Schema(name = "CompetenceCentreReferral", example = REFERRAL_EXAMPLE)
    public record ReferralView(
            UUID id,
            UUID pathwayId,
            UUID clientId,
            ConsultationTopic topic,
            String reason,
            String referredBy,
            Instant referredAt)
            implements ClientData {

        static ReferralView of(CompetenceCentreReferral r) {
            return new ReferralView(r.id, r.pathwayId, r.clientId, r.topic, r.reason, r.referredBy, r.referredAt);
        }
    }

    @Inject
    NetworkService network;

    @Inject
    ConsultationService consultations;

    @Inject
    Caller caller;

    /**
     * Whether the caller may see the pathway as the competence centre: they work in it, and the pathway's team has
     * consulted it or referred the client to it. Any other pathway is not the centre's business.
     */
    boolean callerIsCompetenceCentreFor(UUID pathwayId) {
        return callerIsCompetenceCentre() && consultations.involvesCompetenceCentre(pathwayId);
    }

    /**
     * Whether the caller works in the competence centre: a county professional whom the registry puts in one of its
     * active teams. They see what is addressed to the centre, across pathways.
     */
    boolean callerIsCompetenceCentre() {
        Set<UUID> centre = network.competenceCentreIds();
        return caller.organisation().isCounty() && caller.teams().stream().anyMatch(centre::contains);
    }
}
