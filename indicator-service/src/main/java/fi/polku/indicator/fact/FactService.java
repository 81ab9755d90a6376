package fi.polku.indicator.fact;

import fi.polku.events.ClientContactRecorded;
import fi.polku.events.CompetenceCentreReferred;
import fi.polku.events.ConsultationRequested;
import fi.polku.events.ConsultationTarget;
import fi.polku.events.HealthCheckCompleted;
import fi.polku.events.NetworkEvent;
import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayOpened;
import fi.polku.events.ReferralAccepted;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralRejected;
import fi.polku.events.ServiceReferralEnded;
import fi.polku.events.ServiceReferralStarted;
import fi.polku.events.ServiceResult;
import fi.polku.events.ServiceType;
import fi.polku.events.TeamAssembled;
import fi.polku.events.Topics;
import fi.polku.events.WorkAbilityStatementRecorded;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.indicator.staff.StaffService;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.inbox.ReceivedEvent;
import fi.polku.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns events into indicator facts and the dimensions they are read with, and keeps the network's registry for the
 * staff figures; idempotent per event and indicator.
 */
@ApplicationScoped
public class FactService {

    private static final Map<ServiceType, Indicator> CLIENTS_OF_SERVICE = Map.of(
            ServiceType.SUPPORTED_EMPLOYMENT_IPS, Indicator.IPS_CLIENTS,
            ServiceType.SOCIAL_REHABILITATION, Indicator.SOCIAL_REHABILITATION_CLIENTS,
            ServiceType.REHABILITATIVE_WORK_ACTIVITY, Indicator.REHABILITATIVE_WORK_ACTIVITY_CLIENTS);

    /** One fact; the dimensions it carries itself, the rest come from its pathway at query time. */
    private record Fact(
            Indicator indicator,
            UUID pathwayId,
            UUID referralId,
            Instant at,
            String detail,
            String area,
            String municipality,
            String ageGroup,
            String source,
            BigDecimal score) {

        static Fact of(Indicator indicator, UUID pathwayId, Instant at) {
            return new Fact(indicator, pathwayId, null, at, null, null, null, null, null, null);
        }

        /** A referral decided, accepted or rejected: the decision days are counted from its receipt to then. */
        static Fact decision(UUID pathwayId, UUID referralId, Instant decidedAt) {
            return new Fact(
                    Indicator.REFERRAL_DECISION_DAYS,
                    pathwayId,
                    referralId,
                    decidedAt,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        Fact detail(Object value) {
            return new Fact(
                    indicator,
                    pathwayId,
                    referralId,
                    at,
                    String.valueOf(value),
                    area,
                    municipality,
                    ageGroup,
                    source,
                    score);
        }
    }

    /** The consumer group that applies each topic's facts; each group's watermark says how far its topic is in. */
    public static final Map<String, String> GROUP_OF_TOPIC = Map.of(
            Topics.REFERRAL, "indicator-service-facts",
            Topics.TEAM, "indicator-service-team",
            Topics.HEALTH_CHECK, "indicator-service-health-check",
            Topics.TEAM_REGISTRY, "indicator-service-registry");

    /**
     * Advisory lock key between applying facts (shared) and switching a rebuilt read model in (exclusive): the switch
     * waits for the consumers' transactions in flight, and they wait for it.
     */
    public static final long SWITCH_LOCK = 0x706f6c6b75_02L;

    @Inject
    EntityManager em;

    @Inject
    StaffService staff;

    /** Applies a poll's events in their order, in the consumer's transaction, and moves the group's watermark. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String consumerGroup, List<ReceivedEvent> events) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)")
                .setParameter(1, SWITCH_LOCK)
                .getSingleResult();
        Instant newest = null;
        List<UUID> factEvents = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        dimensions(events);
        for (ReceivedEvent event : events) {
            for (Fact fact : facts(event)) {
                factEvents.add(event.id());
                facts.add(fact);
            }
            newest = newest == null || event.time().isAfter(newest) ? event.time() : newest;
        }
        record(factEvents, facts);
        if (newest != null) {
            em.createNativeQuery("""
                    insert into indicator_watermark (consumer_group, applied_up_to) values (?1, ?2)
                    on conflict (consumer_group) do update
                    set applied_up_to = greatest(indicator_watermark.applied_up_to, excluded.applied_up_to)""")
                    .setParameter(1, consumerGroup)
                    .setParameter(2, newest)
                    .executeUpdate();
        }
    }

    /**
     * Keeps the pathways' and referrals' dimensions from a poll's events with a few statements. A pathway's changes
     * must apply in their order, and one statement cannot change a row twice: so its first change goes into the first
     * round of statements, its second into the second, and so on.
     */
    private void dimensions(List<ReceivedEvent> events) {
        Map<UUID, Integer> changes = new HashMap<>();
        List<List<ReferralReceived>> received = new ArrayList<>();
        List<List<PathwayOpened>> opened = new ArrayList<>();
        List<ReferralReceived> referrals = new ArrayList<>();
        for (ReceivedEvent event : events) {
            switch (event.payload()) {
                case ReferralReceived r -> {
                    round(received, changes.merge(r.pathwayId(), 1, Integer::sum) - 1)
                            .add(r);
                    referrals.add(r);
                }
                case PathwayOpened o ->
                    round(opened, changes.merge(o.pathwayId(), 1, Integer::sum) - 1)
                            .add(o);
                case NetworkEvent network -> staff.record(network);
                default -> {}
            }
        }
        for (int round = 0; round < Math.max(received.size(), opened.size()); round++) {
            if (round < received.size() && !received.get(round).isEmpty()) {
                received(received.get(round));
            }
            if (round < opened.size() && !opened.get(round).isEmpty()) {
                opened(opened.get(round));
            }
        }
        if (!referrals.isEmpty()) {
            em.createNativeQuery("""
                    insert into referral_dim (referral_id, pathway_id, received_at)
                    select * from unnest(cast(?1 as uuid[]), cast(?2 as uuid[]), cast(?3 as timestamptz[]))
                    on conflict do nothing""")
                    .setParameter(1, NativeValues.column(referrals, ReferralReceived::referralId))
                    .setParameter(2, NativeValues.column(referrals, ReferralReceived::pathwayId))
                    .setParameter(3, NativeValues.column(referrals, ReferralReceived::receivedAt))
                    .executeUpdate();
        }
    }

    private static <T> List<T> round(List<List<T>> rounds, int round) {
        while (rounds.size() <= round) {
            rounds.add(new ArrayList<>());
        }
        return rounds.get(round);
    }

    /** A referral fills what is not known of its pathway yet; the earliest one names where the client came from. */
    private void received(List<ReferralReceived> referrals) {
        em.createNativeQuery("""
                insert into pathway_dim (pathway_id, area, municipality_code, age_group, first_source,
                                         first_received_at)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                                     cast(?5 as text[]), cast(?6 as timestamptz[]))
                on conflict (pathway_id) do update set
                    first_source = case when pathway_dim.first_received_at is null
                        or excluded.first_received_at < pathway_dim.first_received_at
                        then excluded.first_source else pathway_dim.first_source end,
                    first_received_at = least(pathway_dim.first_received_at, excluded.first_received_at),
                    area = coalesce(pathway_dim.area, excluded.area),
                    municipality_code = coalesce(pathway_dim.municipality_code, excluded.municipality_code),
                    age_group = coalesce(pathway_dim.age_group, excluded.age_group)""")
                .setParameter(1, NativeValues.column(referrals, ReferralReceived::pathwayId))
                .setParameter(2, NativeValues.column(referrals, ReferralReceived::requestedArea))
                .setParameter(3, NativeValues.column(referrals, ReferralReceived::municipalityCode))
                .setParameter(
                        4, NativeValues.column(referrals, r -> r.ageGroup().name()))
                .setParameter(5, NativeValues.column(referrals, r -> r.source().name()))
                .setParameter(6, NativeValues.column(referrals, ReferralReceived::receivedAt))
                .executeUpdate();
    }

    /** An opened pathway is where triage put it. */
    private void opened(List<PathwayOpened> pathways) {
        em.createNativeQuery("""
                insert into pathway_dim (pathway_id, area, team, municipality_code, age_group, opened_at)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                                     cast(?5 as text[]), cast(?6 as timestamptz[]))
                on conflict (pathway_id) do update set area = excluded.area, team = excluded.team,
                    municipality_code = excluded.municipality_code, age_group = excluded.age_group,
                    opened_at = excluded.opened_at""")
                .setParameter(1, NativeValues.column(pathways, PathwayOpened::pathwayId))
                .setParameter(2, NativeValues.column(pathways, PathwayOpened::area))
                .setParameter(3, NativeValues.column(pathways, PathwayOpened::team))
                .setParameter(4, NativeValues.column(pathways, PathwayOpened::municipalityCode))
                .setParameter(5, NativeValues.column(pathways, o -> o.ageGroup().name()))
                .setParameter(6, NativeValues.column(pathways, PathwayOpened::openedAt))
                .executeUpdate();
    }

    private static List<Fact> facts(ReceivedEvent event) {
        return switch (event.payload()) {
            case ReferralReceived r ->
                List.of(new Fact(
                        Indicator.REFERRALS_BY_SOURCE,
                        r.pathwayId(),
                        r.referralId(),
                        r.receivedAt(),
                        r.source().name(),
                        r.requestedArea(),
                        r.municipalityCode(),
                        r.ageGroup().name(),
                        r.source().name(),
                        null));
            case ReferralAccepted a -> List.of(Fact.decision(a.pathwayId(), a.referralId(), a.acceptedAt()));
            case ReferralRejected r -> List.of(Fact.decision(r.pathwayId(), r.referralId(), r.rejectedAt()));
            case ServiceReferralStarted s -> {
                Instant at = startOf(s.startedOn());
                Fact service = Fact.of(Indicator.REFERRALS_TO_SERVICES, s.pathwayId(), at)
                        .detail(s.serviceType());
                Indicator clients = CLIENTS_OF_SERVICE.get(s.serviceType());
                yield clients == null ? List.of(service) : List.of(service, Fact.of(clients, s.pathwayId(), at));
            }
            case ServiceReferralEnded e
            when e.serviceType() == ServiceType.SUPPORTED_EMPLOYMENT_IPS && Boolean.TRUE.equals(e.employed()) ->
                List.of(Fact.of(Indicator.IPS_EMPLOYED, e.pathwayId(), startOf(e.endedOn())));
            case ServiceReferralEnded e
            when e.serviceType() == ServiceType.WORK_ABILITY_ASSESSMENT && e.result() == ServiceResult.COMPLETED ->
                List.of(Fact.of(Indicator.WORK_ABILITY_ASSESSMENTS, e.pathwayId(), startOf(e.endedOn())));
            case PathwayClosed c -> {
                Fact outcome = Fact.of(Indicator.PATHWAY_OUTCOMES, c.pathwayId(), c.closedAt())
                        .detail(c.outcome());
                Fact duration = Fact.of(Indicator.PATHWAY_DURATION, c.pathwayId(), c.closedAt());
                yield c.feedbackScore() == null
                        ? List.of(outcome, duration)
                        : List.of(
                                outcome,
                                duration,
                                new Fact(
                                        Indicator.CLIENT_FEEDBACK,
                                        c.pathwayId(),
                                        null,
                                        c.closedAt(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        BigDecimal.valueOf(c.feedbackScore())));
            }
            case TeamAssembled t ->
                List.of(
                        Fact.of(Indicator.TEAM_CLIENTS, t.pathwayId(), t.assembledAt()),
                        Fact.of(Indicator.TEAM_WAITING_DAYS, t.pathwayId(), t.assembledAt()));
            case ConsultationRequested c
            when c.consulted() == ConsultationTarget.WORK_ABILITY_COORDINATOR ->
                List.of(Fact.of(Indicator.COORDINATOR_CONSULTATIONS, c.pathwayId(), c.requestedAt()));
            case ConsultationRequested c
            when c.consulted() == ConsultationTarget.COMPETENCE_CENTRE ->
                List.of(Fact.of(Indicator.COMPETENCE_CENTRE_CONSULTATIONS, c.pathwayId(), c.requestedAt()));
            case ClientContactRecorded c
            when c.byCoordinator() ->
                List.of(Fact.of(Indicator.COORDINATOR_CLIENT_CONTACTS, c.pathwayId(), startOf(c.contactOn())));
            case CompetenceCentreReferred r ->
                List.of(Fact.of(Indicator.COMPETENCE_CENTRE_CLIENTS, r.pathwayId(), r.referredAt()));
            case HealthCheckCompleted h ->
                List.of(new Fact(
                        Indicator.HEALTH_CHECKS_COMPLETED,
                        h.pathwayId(),
                        null,
                        h.completedAt(),
                        null,
                        null,
                        h.municipalityCode(),
                        null,
                        null,
                        null));
            case WorkAbilityStatementRecorded w ->
                List.of(Fact.of(Indicator.WORK_ABILITY_STATEMENTS, w.pathwayId(), startOf(w.writtenOn()))
                        .detail(w.purpose()));
            default -> List.of();
        };
    }

    /** Writes a poll's facts with one statement: a replay or a busy topic pays one round trip, not one per fact. */
    private void record(List<UUID> eventIds, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into indicator_fact (event_id, indicator, pathway_id, referral_id, occurred_at, detail, area,
                                            municipality_code, age_group, source, score)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as uuid[]), cast(?4 as uuid[]),
                                     cast(?5 as timestamptz[]), cast(?6 as text[]), cast(?7 as text[]),
                                     cast(?8 as text[]), cast(?9 as text[]), cast(?10 as text[]),
                                     cast(?11 as numeric[]))
                on conflict do nothing""")
                .setParameter(1, NativeValues.column(eventIds, id -> id))
                .setParameter(2, NativeValues.column(facts, f -> f.indicator().name()))
                .setParameter(3, NativeValues.column(facts, Fact::pathwayId))
                .setParameter(4, NativeValues.column(facts, Fact::referralId))
                .setParameter(5, NativeValues.column(facts, Fact::at))
                .setParameter(6, NativeValues.column(facts, Fact::detail))
                .setParameter(7, NativeValues.column(facts, Fact::area))
                .setParameter(8, NativeValues.column(facts, Fact::municipality))
                .setParameter(9, NativeValues.column(facts, Fact::ageGroup))
                .setParameter(10, NativeValues.column(facts, Fact::source))
                .setParameter(11, NativeValues.column(facts, Fact::score))
                .executeUpdate();
    }

    /** A day's fact counts in that day, Finnish time. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(FinnishTime.ZONE).toInstant();
    }
}
