package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.events.ConsultationTopic;
import fi.polku.events.Profession;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A question about a pathway to an expert, and once given, the answer. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID pathwayId;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public ConsultationTarget consulted;

    @Enumerated(EnumType.STRING)
    public ConsultationTopic topic;

    public String question;

    public String requestedBy;

    public Instant requestedAt;

    public String answerSummary;

    public UUID answeredBy;

    public Instant answeredAt;

    protected Consultation() {}

    static Consultation request(
            UUID pathwayId,
            UUID clientId,
            ConsultationTarget consulted,
            ConsultationTopic topic,
            String question,
            String requestedBy,
            Instant now) {
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.pathwayId = pathwayId;
        consultation.clientId = clientId;
        consultation.consulted = consulted;
        consultation.topic = topic;
        consultation.question = question.strip();
        consultation.requestedBy = requestedBy;
        consultation.requestedAt = now;
        return consultation;
    }

    /** Records the answer, once: a consultation answered is closed, and a second answer is a conflict. */
    void answer(UUID professionalId, String summary, Instant now) {
        if (answeredAt != null) {
            throw new StateConflict("The consultation was answered at " + answeredAt);
        }
        answeredBy = professionalId;
        answerSummary = summary.strip();
        answeredAt = now;
    }

    /**
     * The answer comes from whom the question went to: a professional of the competence centre, a work-ability
     * coordinator, or for another expert any professional of the network.
     */
    static void checkAnswerer(ConsultationTarget consulted, Profession profession, boolean inCompetenceCentre) {
        String required = switch (consulted) {
            case COMPETENCE_CENTRE -> inCompetenceCentre ? null : "a professional of the competence centre";
            case WORK_ABILITY_COORDINATOR ->
                profession == Profession.WORK_ABILITY_COORDINATOR ? null : "a work-ability coordinator";
            case OTHER_EXPERT -> null;
        };
        if (required != null) {
            throw new RuleBroken(
                    "answered-by-consulted",
                    "answeredBy",
                    "must be " + required + ": the consultation was addressed to " + consulted);
        }
    }
}
