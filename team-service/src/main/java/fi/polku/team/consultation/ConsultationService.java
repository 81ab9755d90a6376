package fi.polku.team.consultation;

import fi.polku.events.CompetenceCentreReferred;
import fi.polku.events.ConsultationAnswered;
import fi.polku.events.ConsultationRequested;
import fi.polku.events.ConsultationTarget;
import fi.polku.events.ConsultationTopic;
import fi.polku.platform.accesslog.ClientLookup;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.Professional;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** ConsultationService and competence-centre referrals, each published in the transaction that records it. */
@ApplicationScoped
public class ConsultationService {

    @Inject
    PathwayService pathways;

    @Inject
    NetworkService network;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** The access log's way from a consultation named in a path to its client. */
    @Produces
    @Singleton
    static ClientLookup clientOfConsultation(EntityManager em) {
        return ClientLookup.ofRows("consultation", em, "consultation", "id");
    }

    @Transactional
    public Consultation request(
            UUID pathwayId, ConsultationTarget consulted, ConsultationTopic topic, String question, String actor) {
        KnownPathway pathway = pathways.openForChange(pathwayId);
        Instant now = clock.instant();
        Consultation consultation =
                Consultation.request(pathwayId, pathway.clientId, consulted, topic, question, actor, now);
        consultation.persist();
        outbox.append(new ConsultationRequested(pathwayId, consultation.id, consulted, topic, now), now);
        return consultation;
    }

    /** Records the answer once, from whom the question was addressed to, while the pathway is open. */
    @Transactional
    public Consultation answer(UUID consultationId, UUID answeredBy, String summary) {
        Consultation consultation = Consultation.<Consultation>findByIdOptional(
                        consultationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(consultationId));
        pathways.openForChange(consultation.pathwayId);
        Professional professional = network.findProfessional(answeredBy)
                .filter(p -> p.details().active())
                .orElseThrow(() -> new InvalidField("answeredBy", "is not an active professional of the network"));
        Consultation.checkAnswerer(
                consultation.consulted, professional.details().profession(), network.inCompetenceCentre(answeredBy));
        Instant now = clock.instant();
        consultation.answer(answeredBy, summary, now);
        outbox.append(
                new ConsultationAnswered(consultation.pathwayId, consultation.id, consultation.consulted, now), now);
        return consultation;
    }

    /** Whether the pathway's team has consulted the competence centre or referred the client to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean involvesCompetenceCentre(UUID pathwayId) {
        return Consultation.count("pathwayId = ?1 and consulted = ?2", pathwayId, ConsultationTarget.COMPETENCE_CENTRE)
                        > 0
                || CompetenceCentreReferral.count("pathwayId", pathwayId) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Consultation> find(UUID consultationId) {
        return Consultation.findByIdOptional(consultationId);
    }

    /** The pathway's consultations, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Consultation> of(UUID pathwayId, int page, int size) {
        var query = Consultation.<Consultation>find(
                "pathwayId", Sort.descending("requestedAt").and("id"), pathwayId);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** What was asked of one target across pathways, oldest first, optionally only the unanswered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Consultation> addressedTo(ConsultationTarget consulted, boolean unansweredOnly, int page, int size) {
        var query = Consultation.<Consultation>find(
                "consulted = ?1" + (unansweredOnly ? " and answeredAt is null" : ""),
                Sort.ascending("requestedAt").and("id"),
                consulted);
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** Refers the pathway to the competence centre: once per pathway, while it is open. */
    @Transactional
    public CompetenceCentreReferral refer(UUID pathwayId, ConsultationTopic topic, String reason, String actor) {
        KnownPathway pathway = pathways.openForChange(pathwayId);
        if (CompetenceCentreReferral.count("pathwayId", pathwayId) > 0) {
            throw alreadyReferred();
        }
        Instant now = clock.instant();
        CompetenceCentreReferral referral =
                CompetenceCentreReferral.of(pathwayId, pathway.clientId, topic, reason, actor, now);
        try {
            referral.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw alreadyReferred();
            }
            throw e;
        }
        outbox.append(new CompetenceCentreReferred(pathwayId, referral.id, topic, now), now);
        return referral;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CompetenceCentreReferral> referralOf(UUID pathwayId) {
        return CompetenceCentreReferral.find("pathwayId", pathwayId).firstResultOptional();
    }

    /** Every referral to the competence centre, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CompetenceCentreReferral> referrals(int page, int size) {
        var query = CompetenceCentreReferral.<CompetenceCentreReferral>findAll(
                Sort.descending("referredAt").and("id"));
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    private static StateConflict alreadyReferred() {
        return new StateConflict("The pathway has been referred to the competence centre already");
    }

    private static NotFound notFound(UUID consultationId) {
        return new NotFound("No consultation " + consultationId);
    }
}
