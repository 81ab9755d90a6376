package fi.polku.events;

import java.util.List;
import java.util.Optional;

/**
 * The versioned event types of the contract. The CloudEvents type name is what travels in
 * {@code ce_type}; a breaking change to a payload is a new type with the next version number, never an
 * edit of an existing one.
 *
 * @param name        CloudEvents type, {@code fi.polku.<service>.<fact>.v<n>}
 * @param topic       the topic its producer writes it to
 * @param payloadType the record its JSON data maps to
 * @param schema      classpath resource of its JSON Schema
 * @param sample      classpath resource of a canonical sample, for consumers' tests
 * @param labels      what happened, in fi/sv/en, for timelines
 */
public record EventType<T extends PolkuEvent>(
        String name, String topic, Class<T> payloadType, String schema, String sample, Labelled.Labels labels)
        implements Labelled {

    public static final EventType<ReferralReceived> REFERRAL_RECEIVED = of(
            "fi.polku.referral.received.v1",
            Topics.REFERRAL,
            ReferralReceived.class,
            "Lähete vastaanotettu",
            "Remiss mottagen",
            "Referral received");

    public static final EventType<ReferralAccepted> REFERRAL_ACCEPTED = of(
            "fi.polku.referral.accepted.v1",
            Topics.REFERRAL,
            ReferralAccepted.class,
            "Lähete hyväksytty",
            "Remiss godkänd",
            "Referral accepted");

    public static final EventType<ReferralRejected> REFERRAL_REJECTED = of(
            "fi.polku.referral.rejected.v1",
            Topics.REFERRAL,
            ReferralRejected.class,
            "Lähete hylätty",
            "Remiss avslagen",
            "Referral rejected");

    public static final EventType<PathwayOpened> PATHWAY_OPENED = of(
            "fi.polku.pathway.opened.v1",
            Topics.REFERRAL,
            PathwayOpened.class,
            "Palvelupolku alkoi",
            "Servicestigen började",
            "Pathway opened");

    public static final EventType<PathwayClosed> PATHWAY_CLOSED = of(
            "fi.polku.pathway.closed.v1",
            Topics.REFERRAL,
            PathwayClosed.class,
            "Palvelupolku päättyi",
            "Servicestigen avslutades",
            "Pathway closed");

    public static final EventType<PathwayReopened> PATHWAY_REOPENED = of(
            "fi.polku.pathway.reopened.v1",
            Topics.REFERRAL,
            PathwayReopened.class,
            "Palvelupolku avattiin uudelleen",
            "Servicestigen öppnades på nytt",
            "Pathway reopened");

    public static final EventType<ServiceReferralStarted> SERVICE_REFERRAL_STARTED = of(
            "fi.polku.pathway.service-referral.started.v1",
            Topics.REFERRAL,
            ServiceReferralStarted.class,
            "Palvelu alkoi",
            "Tjänsten började",
            "Service started");

    public static final EventType<ServiceReferralEnded> SERVICE_REFERRAL_ENDED = of(
            "fi.polku.pathway.service-referral.ended.v1",
            Topics.REFERRAL,
            ServiceReferralEnded.class,
            "Palvelu päättyi",
            "Tjänsten avslutades",
            "Service ended");

    public static final EventType<ConsentGiven> CONSENT_GIVEN = of(
            "fi.polku.consent.given.v1",
            Topics.CONSENT,
            ConsentGiven.class,
            "Suostumus annettu",
            "Samtycke givet",
            "Consent given");

    public static final EventType<ConsentWithdrawn> CONSENT_WITHDRAWN = of(
            "fi.polku.consent.withdrawn.v1",
            Topics.CONSENT,
            ConsentWithdrawn.class,
            "Suostumus peruttu",
            "Samtycke återkallat",
            "Consent withdrawn");

    public static final EventType<EmploymentPathwayUpdate> EMPLOYMENT_PATHWAY_UPDATE = of(
            "fi.polku.employment.pathway-update.v1",
            Topics.EMPLOYMENT_PATHWAY_UPDATES,
            EmploymentPathwayUpdate.class,
            "Tieto työllisyyspalveluille",
            "Uppgift till sysselsättningstjänsterna",
            "Update for employment services");

    public static final EventType<TeamAssembled> TEAM_ASSEMBLED = of(
            "fi.polku.team.assembled.v1",
            Topics.TEAM,
            TeamAssembled.class,
            "Asiakkaan tiimi koottu",
            "Klientens team sammansatt",
            "Client team assembled");

    public static final EventType<TeamMemberJoined> TEAM_MEMBER_JOINED = of(
            "fi.polku.team.member-joined.v1",
            Topics.TEAM,
            TeamMemberJoined.class,
            "Tiimiin liittyi jäsen",
            "En medlem gick med i teamet",
            "Team member joined");

    public static final EventType<TeamMemberLeft> TEAM_MEMBER_LEFT = of(
            "fi.polku.team.member-left.v1",
            Topics.TEAM,
            TeamMemberLeft.class,
            "Jäsen lähti tiimistä",
            "En medlem lämnade teamet",
            "Team member left");

    public static final EventType<ClientCoordinatorChanged> CLIENT_COORDINATOR_CHANGED = of(
            "fi.polku.team.client-coordinator-changed.v1",
            Topics.TEAM,
            ClientCoordinatorChanged.class,
            "Asiakasvastaava vaihtui",
            "Klientansvarig byttes",
            "Client coordinator changed");

    public static final EventType<TeamMeetingHeld> TEAM_MEETING_HELD = of(
            "fi.polku.team.meeting-held.v1",
            Topics.TEAM,
            TeamMeetingHeld.class,
            "Tiimin tapaaminen",
            "Teamets möte",
            "Team meeting held");

    public static final EventType<ClientContactRecorded> CLIENT_CONTACT_RECORDED = of(
            "fi.polku.team.client-contact-recorded.v1",
            Topics.TEAM,
            ClientContactRecorded.class,
            "Asiakaskäynti",
            "Klientkontakt",
            "Client contact");

    public static final EventType<ConsultationRequested> CONSULTATION_REQUESTED = of(
            "fi.polku.team.consultation-requested.v1",
            Topics.TEAM,
            ConsultationRequested.class,
            "Konsultaatiopyyntö",
            "Konsultationsbegäran",
            "Consultation requested");

    public static final EventType<ConsultationAnswered> CONSULTATION_ANSWERED = of(
            "fi.polku.team.consultation-answered.v1",
            Topics.TEAM,
            ConsultationAnswered.class,
            "Konsultaatioon vastattu",
            "Konsultationen besvarad",
            "Consultation answered");

    public static final EventType<CompetenceCentreReferred> COMPETENCE_CENTRE_REFERRED = of(
            "fi.polku.team.competence-centre-referred.v1",
            Topics.TEAM,
            CompetenceCentreReferred.class,
            "Ohjaus osaamiskeskukseen",
            "Hänvisning till kompetenscentret",
            "Referred to the competence centre");

    public static final EventType<StandingTeamChanged> STANDING_TEAM_CHANGED = of(
            "fi.polku.network.standing-team-changed.v1",
            Topics.TEAM_REGISTRY,
            StandingTeamChanged.class,
            "Tiimin tiedot muuttuivat",
            "Teamets uppgifter ändrades",
            "Standing team changed");

    public static final EventType<ProfessionalChanged> PROFESSIONAL_CHANGED = of(
            "fi.polku.network.professional-changed.v1",
            Topics.TEAM_REGISTRY,
            ProfessionalChanged.class,
            "Ammattilaisen tiedot muuttuivat",
            "Yrkespersonens uppgifter ändrades",
            "Professional changed");

    public static final EventType<EmploymentHealthCheckRequested> EMPLOYMENT_HEALTH_CHECK_REQUESTED = of(
            "fi.polku.employment.health-check-requested.v1",
            Topics.HEALTH_CHECK_REQUESTS,
            EmploymentHealthCheckRequested.class,
            "Työllisyyspalvelut pyysivät terveystarkastusta",
            "Sysselsättningstjänsterna begärde en hälsoundersökning",
            "Employment services asked for a health check");

    public static final EventType<HealthCheckRequested> HEALTH_CHECK_REQUESTED = of(
            "fi.polku.health-check.requested.v1",
            Topics.HEALTH_CHECK,
            HealthCheckRequested.class,
            "Terveystarkastusta pyydetty",
            "Hälsoundersökning begärd",
            "Health check requested");

    public static final EventType<HealthCheckBooked> HEALTH_CHECK_BOOKED = of(
            "fi.polku.health-check.booked.v1",
            Topics.HEALTH_CHECK,
            HealthCheckBooked.class,
            "Terveystarkastus varattu",
            "Hälsoundersökning bokad",
            "Health check booked");

    public static final EventType<HealthCheckCancelled> HEALTH_CHECK_CANCELLED = of(
            "fi.polku.health-check.cancelled.v1",
            Topics.HEALTH_CHECK,
            HealthCheckCancelled.class,
            "Terveystarkastus peruttu",
            "Hälsoundersökning avbokad",
            "Health check cancelled");

    public static final EventType<HealthCheckNoShow> HEALTH_CHECK_NO_SHOW = of(
            "fi.polku.health-check.no-show.v1",
            Topics.HEALTH_CHECK,
            HealthCheckNoShow.class,
            "Asiakas ei saapunut terveystarkastukseen",
            "Klienten kom inte till hälsoundersökningen",
            "Client did not come to the health check");

    public static final EventType<HealthCheckCompleted> HEALTH_CHECK_COMPLETED = of(
            "fi.polku.health-check.completed.v1",
            Topics.HEALTH_CHECK,
            HealthCheckCompleted.class,
            "Työttömän terveystarkastus tehty",
            "Hälsoundersökning för arbetslösa gjord",
            "Health check for the unemployed done");

    public static final EventType<HealthCheckAmended> HEALTH_CHECK_AMENDED = of(
            "fi.polku.health-check.amended.v1",
            Topics.HEALTH_CHECK,
            HealthCheckAmended.class,
            "Terveystarkastuksen kirjausta korjattu",
            "Hälsoundersökningens journal rättad",
            "Health check record amended");

    public static final EventType<FollowUpClosed> FOLLOW_UP_CLOSED = of(
            "fi.polku.health-check.follow-up-closed.v1",
            Topics.HEALTH_CHECK,
            FollowUpClosed.class,
            "Jatkotoimi päättyi",
            "Uppföljningsåtgärd avslutad",
            "Follow-up closed");

    public static final EventType<WorkAbilityStatementRecorded> WORK_ABILITY_STATEMENT_RECORDED = of(
            "fi.polku.health-check.work-ability-statement-recorded.v1",
            Topics.HEALTH_CHECK,
            WorkAbilityStatementRecorded.class,
            "Työkykylausunto kirjattu",
            "Arbetsförmågeutlåtande registrerat",
            "Work-ability statement recorded");

    public static final List<EventType<?>> ALL = List.of(
            REFERRAL_RECEIVED,
            REFERRAL_ACCEPTED,
            REFERRAL_REJECTED,
            PATHWAY_OPENED,
            PATHWAY_CLOSED,
            PATHWAY_REOPENED,
            SERVICE_REFERRAL_STARTED,
            SERVICE_REFERRAL_ENDED,
            CONSENT_GIVEN,
            CONSENT_WITHDRAWN,
            EMPLOYMENT_PATHWAY_UPDATE,
            TEAM_ASSEMBLED,
            TEAM_MEMBER_JOINED,
            TEAM_MEMBER_LEFT,
            CLIENT_COORDINATOR_CHANGED,
            TEAM_MEETING_HELD,
            CLIENT_CONTACT_RECORDED,
            CONSULTATION_REQUESTED,
            CONSULTATION_ANSWERED,
            COMPETENCE_CENTRE_REFERRED,
            STANDING_TEAM_CHANGED,
            PROFESSIONAL_CHANGED,
            EMPLOYMENT_HEALTH_CHECK_REQUESTED,
            HEALTH_CHECK_REQUESTED,
            HEALTH_CHECK_BOOKED,
            HEALTH_CHECK_CANCELLED,
            HEALTH_CHECK_NO_SHOW,
            HEALTH_CHECK_COMPLETED,
            HEALTH_CHECK_AMENDED,
            FOLLOW_UP_CLOSED,
            WORK_ABILITY_STATEMENT_RECORDED);

    private static <T extends PolkuEvent> EventType<T> of(
            String name, String topic, Class<T> payloadType, String fi, String sv, String en) {
        String file = name.substring("fi.polku.".length()) + ".json";
        return new EventType<>(
                name,
                topic,
                payloadType,
                "/fi/polku/events/schemas/" + file,
                "/fi/polku/events/samples/" + file,
                new Labelled.Labels(fi, sv, en));
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * Whether {@code name} is a version of a type this contract knows, though not necessarily this version:
     * a consumer cannot skip such an event as someone else's business, yet cannot read it either.
     */
    public static boolean isVersionOfKnownType(String name) {
        String unversioned = unversioned(name);
        return unversioned != null && ALL.stream().anyMatch(t -> unversioned.equals(unversioned(t.name())));
    }

    private static String unversioned(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot > 0 && name.substring(dot + 1).matches("v\\d+") ? name.substring(0, dot) : null;
    }

    @SuppressWarnings("unchecked")
    public static <T extends PolkuEvent> EventType<T> forEvent(T event) {
        return (EventType<T>) ALL.stream()
                .filter(t -> t.payloadType() == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
