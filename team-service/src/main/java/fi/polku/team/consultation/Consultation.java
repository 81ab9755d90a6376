package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.events.ConsultationTopic;
import fi.polku.events.Profession;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.rule.StateConflict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    UUID id;

    @Column(name = "pathway_id")
    UUID pathwayId;

    @Column(name = "client_id")
    UUID clientId;

    @Enumerated(EnumType.STRING)
    ConsultationTarget consulted;

    @Enumerated(EnumType.STRING)
    ConsultationTopic topic;

    String question;

    @Column(name = "requested_by")
    String requestedBy;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Column(name = "answer_summary")
    String answerSummary;

    @Column(name = "answered_by")
    UUID answeredBy;

    @Column(name = "answered_at")
    Instant answeredAt;

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

    public UUID id() {
        return id;
    }

    public UUID pathwayId() {
        return pathwayId;
    }

    public UUID clientId() {
        return clientId;
    }

    public ConsultationTarget consulted() {
        return consulted;
    }

    public ConsultationTopic topic() {
        return topic;
    }

    public String question() {
        return question;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String answerSummary() {
        return answerSummary;
    }

    public UUID answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
