package fi.polku.indicator.dataset;

import static fi.polku.indicator.EventFields.and;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.AgeGroup;
import fi.polku.events.ConsultationTarget;
import fi.polku.events.EventType;
import fi.polku.events.Outcome;
import fi.polku.events.Profession;
import fi.polku.events.ReferralSource;
import fi.polku.events.ServiceType;
import fi.polku.events.StatementPurpose;
import fi.polku.indicator.catalogue.Indicator;
import fi.polku.platform.testing.KafkaTestClient;
import fi.polku.platform.testing.TestEvents;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A realistic year of pathways, deterministic by seed: referrals from every source in the proportions the seeds
 * report, across three areas with their teams and municipalities, decided, teamed, referred to services, consulted,
 * health-checked and closed with outcomes; and the network's teams and professionals changing over the year. It keeps, beside the events it publishes, the facts each indicator should
 * count, worked out here from the pathways themselves, not from the events, so that a test can compare every figure.
 */
final class PathwayDataSet {

    static final int YEAR = 2040;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An area of the county, its team and the municipalities it serves. */
    record Area(String name, String team, List<String> municipalities) {}

    static final List<Area> AREAS = List.of(
            new Area("Oulun keskusta", "Työkykytiimi Keskusta", List.of("564")),
            new Area("Oulun eteläinen", "Työkykytiimi Kaakkuri", List.of("564", "859")),
            new Area("Raahe", "Työkykytiimi Raahe", List.of("678", "791")));

    /** Where referrals come from, with weights after the seeds' reports (TE and sote-centres the most). */
    private static final Map<ReferralSource, Integer> SOURCES = Map.of(
            ReferralSource.EMPLOYMENT_SERVICES,
            30,
            ReferralSource.MUNICIPAL_EMPLOYMENT,
            15,
            ReferralSource.SOTE_CENTRE,
            20,
            ReferralSource.KELA,
            10,
            ReferralSource.TYP,
            10,
            ReferralSource.OCCUPATIONAL_HEALTH,
            5,
            ReferralSource.SELF,
            5,
            ReferralSource.HEALTH_CHECK,
            5);

    private static final Map<ServiceType, Integer> SERVICES = Map.of(
            ServiceType.SUPPORTED_EMPLOYMENT_IPS,
            20,
            ServiceType.SOCIAL_REHABILITATION,
            15,
            ServiceType.REHABILITATIVE_WORK_ACTIVITY,
            15,
            ServiceType.WORK_ABILITY_ASSESSMENT,
            15,
            ServiceType.KELA_VOCATIONAL_REHABILITATION,
            10,
            ServiceType.MENTAL_HEALTH_SERVICES,
            10,
            ServiceType.EDUCATION,
            10,
            ServiceType.OTHER,
            5);
    private static final Map<Outcome, Integer> OUTCOMES = Map.of(
            Outcome.EMPLOYED_OPEN_MARKET,
            25,
            Outcome.EMPLOYED_SUBSIDISED,
            15,
            Outcome.EDUCATION,
            15,
            Outcome.VOCATIONAL_REHABILITATION,
            10,
            Outcome.DISABILITY_PENSION,
            10,
            Outcome.REHABILITATIVE_WORK_ACTIVITY_CONTINUES,
            10,
            Outcome.MOVED_AWAY,
            5,
            Outcome.OTHER,
            10);

    /**
     * A fact an indicator counts, as this data set means it: when, about which pathway, its own dimension's value
     * ({@code detail}), the area it is counted in (null when unknown) and, for durations and scores, its value.
     */
    record Fact(
            Indicator indicator,
            UUID pathway,
            Instant at,
            String detail,
            String area,
            String source,
            String municipality,
            BigDecimal value) {}

    /** A version of a standing team, as the registry publishes it. */
    record TeamVersion(UUID team, String name, String area, boolean active, Instant at) {}

    /** A version of a professional: their profession, FTE and teams from {@code at} on. */
    record StaffVersion(
            UUID professional, Profession profession, BigDecimal fte, List<UUID> teams, boolean active, Instant at) {}

    private static final List<BigDecimal> FTES = List.of(
            new BigDecimal("0.20"),
            new BigDecimal("0.25"),
            new BigDecimal("0.40"),
            new BigDecimal("0.50"),
            new BigDecimal("0.75"),
            new BigDecimal("0.80"),
            BigDecimal.ONE.setScale(2));

    final List<Fact> facts = new ArrayList<>();
    final List<TeamVersion> teamVersions = new ArrayList<>();
    final List<StaffVersion> staffVersions = new ArrayList<>();
    /** The employment bulletin's unemployed job seekers per municipality and month of the year. */
    final Map<String, Map<YearMonth, Integer>> jobSeekers = new TreeMap<>();

    private final List<ProducerRecord<String, String>> records = new ArrayList<>();
    private final Random random;
    private int pathways;

    private PathwayDataSet(long seed) {
        this.random = new Random(seed);
    }

    static PathwayDataSet generate(long seed, int pathways) {
        PathwayDataSet set = new PathwayDataSet(seed);
        for (int i = 0; i < pathways; i++) {
            set.pathway();
        }
        for (String municipality : List.of("564", "678", "791", "859")) {
            int level = "564".equals(municipality) ? 9000 : 400 + set.random.nextInt(600);
            for (int month = 1; month <= 12; month++) {
                set.jobSeekers
                        .computeIfAbsent(municipality, m -> new TreeMap<>())
                        .put(YearMonth.of(YEAR, month), level + set.random.nextInt(level / 10));
            }
        }
        for (int i = 0; i < pathways / 10; i++) {
            set.healthCheck(null, null, null, set.pick(AREAS).municipalities().getFirst(), set.timeIn(YEAR));
        }
        set.staff(pathways / 10);
        return set;
    }

    int pathways() {
        return pathways;
    }

    /** The municipalities and their job seekers as the import takes them. */
    String municipalitiesCsv() {
        return """
                municipality_code,name_fi,name_sv,county_code,county_name
                564,Oulu,Uleåborg,HV17,Pohjois-Pohjanmaan hyvinvointialue
                678,Raahe,Brahestad,HV17,Pohjois-Pohjanmaan hyvinvointialue
                791,Siikajoki,,HV17,Pohjois-Pohjanmaan hyvinvointialue
                859,Tyrnävä,,HV17,Pohjois-Pohjanmaan hyvinvointialue
                """;
    }

    String jobSeekersCsv() {
        StringBuilder csv = new StringBuilder("municipality_code,month,job_seekers\n");
        jobSeekers.forEach((municipality, months) -> months.forEach((month, count) -> csv.append(municipality)
                .append(',')
                .append(month)
                .append(',')
                .append(count)
                .append('\n')));
        return csv.toString();
    }

    /** Publishes every event, each topic's in the order they happened per pathway, and waits for the broker. */
    void publish() {
        KafkaTestClient.sendAll(records);
    }

    private void pathway() {
        pathways++;
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        Area area = pick(AREAS);
        String municipality = pick(area.municipalities());
        AgeGroup age = pick(List.of(
                AgeGroup.AGE_15_24, AgeGroup.AGE_25_34, AgeGroup.AGE_35_44, AgeGroup.AGE_45_54, AgeGroup.AGE_55_65));
        ReferralSource source = weighted(SOURCES);
        Instant received = timeIn(YEAR);
        Map<String, Object> referral =
                Map.of("referralId", UUID.randomUUID(), "pathwayId", pathway, "clientId", client);
        event(
                EventType.REFERRAL_RECEIVED,
                pathway,
                received,
                and(
                        referral,
                        Map.of(
                                "ageGroup",
                                age,
                                "source",
                                source,
                                "municipalityCode",
                                municipality,
                                "requestedArea",
                                area.name(),
                                "receivedAt",
                                received)));
        fact(Indicator.REFERRALS_BY_SOURCE, pathway, received, source.name(), area, source, null);

        Instant decided =
                received.plus(random.nextInt(21), ChronoUnit.DAYS).plus(random.nextInt(600), ChronoUnit.MINUTES);
        fact(Indicator.REFERRAL_DECISION_DAYS, pathway, decided, null, area, source, days(received, decided));
        if (random.nextInt(100) < 15) {
            event(EventType.REFERRAL_REJECTED, pathway, decided, and(referral, Map.of("rejectedAt", decided)));
            return;
        }
        event(
                EventType.REFERRAL_ACCEPTED,
                pathway,
                decided,
                and(referral, Map.of("area", area.name(), "team", area.team(), "acceptedAt", decided)));
        event(
                EventType.PATHWAY_OPENED,
                pathway,
                decided,
                Map.of(
                        "pathwayId",
                        pathway,
                        "clientId",
                        client,
                        "ageGroup",
                        age,
                        "municipalityCode",
                        municipality,
                        "area",
                        area.name(),
                        "team",
                        area.team(),
                        "openedAt",
                        decided));
        if (random.nextInt(100) < 30) {
            healthCheck(pathway, area, source, municipality, decided.plus(1 + random.nextInt(40), ChronoUnit.DAYS));
        }
        if (random.nextInt(100) < 20) {
            return;
        }
        Instant assembled = decided.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
        event(EventType.TEAM_ASSEMBLED, pathway, assembled, Map.of("pathwayId", pathway, "assembledAt", assembled));
        fact(Indicator.TEAM_CLIENTS, pathway, assembled, null, area, source, null);
        fact(Indicator.TEAM_WAITING_DAYS, pathway, assembled, null, area, source, days(decided, assembled));

        LocalDate teamDay = day(assembled);
        for (int s = random.nextInt(3); s > 0; s--) {
            service(pathway, client, area, source, teamDay.plusDays(random.nextInt(60)));
        }
        for (int c = random.nextInt(3); c > 0; c--) {
            ConsultationTarget target = random.nextBoolean()
                    ? ConsultationTarget.WORK_ABILITY_COORDINATOR
                    : ConsultationTarget.COMPETENCE_CENTRE;
            Instant asked =
                    assembled.plus(random.nextInt(90), ChronoUnit.DAYS).plus(random.nextInt(1440), ChronoUnit.MINUTES);
            event(
                    EventType.CONSULTATION_REQUESTED,
                    pathway,
                    asked,
                    Map.of(
                            "pathwayId",
                            pathway,
                            "consultationId",
                            UUID.randomUUID(),
                            "consulted",
                            target,
                            "requestedAt",
                            asked));
            fact(
                    target == ConsultationTarget.WORK_ABILITY_COORDINATOR
                            ? Indicator.COORDINATOR_CONSULTATIONS
                            : Indicator.COMPETENCE_CENTRE_CONSULTATIONS,
                    pathway,
                    asked,
                    null,
                    area,
                    source,
                    null);
        }
        for (int c = random.nextInt(5); c > 0; c--) {
            LocalDate on = teamDay.plusDays(random.nextInt(120));
            boolean byCoordinator = random.nextInt(100) < 70;
            event(
                    EventType.CLIENT_CONTACT_RECORDED,
                    pathway,
                    startOf(on),
                    Map.of(
                            "pathwayId",
                            pathway,
                            "contactId",
                            UUID.randomUUID(),
                            "byCoordinator",
                            byCoordinator,
                            "contactOn",
                            on));
            if (byCoordinator) {
                fact(Indicator.COORDINATOR_CLIENT_CONTACTS, pathway, startOf(on), null, area, source, null);
            }
        }
        if (random.nextInt(100) < 8) {
            Instant referred = assembled.plus(random.nextInt(60), ChronoUnit.DAYS);
            event(
                    EventType.COMPETENCE_CENTRE_REFERRED,
                    pathway,
                    referred,
                    Map.of("pathwayId", pathway, "referralId", UUID.randomUUID(), "referredAt", referred));
            fact(Indicator.COMPETENCE_CENTRE_CLIENTS, pathway, referred, null, area, source, null);
        }
        if (random.nextInt(100) < 15) {
            LocalDate written = teamDay.plusDays(random.nextInt(90));
            StatementPurpose purpose = pick(List.of(StatementPurpose.values()));
            event(
                    EventType.WORK_ABILITY_STATEMENT_RECORDED,
                    client,
                    startOf(written),
                    Map.of(
                            "statementId",
                            UUID.randomUUID(),
                            "clientId",
                            client,
                            "pathwayId",
                            pathway,
                            "purpose",
                            purpose,
                            "writtenOn",
                            written,
                            "recordedAt",
                            startOf(written).plus(14, ChronoUnit.HOURS)));
            fact(Indicator.WORK_ABILITY_STATEMENTS, pathway, startOf(written), purpose.name(), area, source, null);
        }
        if (random.nextInt(100) < 60) {
            Instant closed = assembled
                    .plus(60 + random.nextInt(240), ChronoUnit.DAYS)
                    .plus(random.nextInt(1440), ChronoUnit.MINUTES);
            Outcome outcome = weighted(OUTCOMES);
            Integer score = random.nextInt(100) < 70 ? 1 + random.nextInt(5) : null;
            event(
                    EventType.PATHWAY_CLOSED,
                    pathway,
                    closed,
                    Map.of(
                            "pathwayId",
                            pathway,
                            "clientId",
                            client,
                            "outcome",
                            outcome,
                            "feedbackScore",
                            score == null ? "null" : score,
                            "closedAt",
                            closed));
            fact(Indicator.PATHWAY_OUTCOMES, pathway, closed, outcome.name(), area, source, null);
            if (source == ReferralSource.TYP) {
                fact(Indicator.TYP_OUTCOMES, pathway, closed, outcome.name(), area, source, null);
            }
            fact(Indicator.PATHWAY_DURATION, pathway, closed, null, area, source, days(decided, closed));
            if (score != null) {
                fact(Indicator.CLIENT_FEEDBACK, pathway, closed, null, area, source, BigDecimal.valueOf(score));
            }
        }
    }

    /**
     * The areas' teams from the start of the year and a fourth that stops taking clients in summer; professionals
     * joining in the first quarter, in one team or two (the first in two of an area, the second in two areas), and
     * half of them changing later: their FTE, their teams, or
     * leaving the network.
     */
    private void staff(int professionals) {
        Instant start = LocalDate.of(YEAR, 1, 2).atTime(8, 0).atZone(FINLAND).toInstant();
        List<UUID> teams = new ArrayList<>();
        for (Area area : AREAS) {
            teams.add(team(UUID.randomUUID(), area.team(), area.name(), true, start));
        }
        UUID kempele =
                team(UUID.randomUUID(), "Työkykytiimi Kempele", AREAS.get(1).name(), true, start);
        teams.add(kempele);
        team(
                kempele,
                "Työkykytiimi Kempele",
                AREAS.get(1).name(),
                false,
                LocalDate.of(YEAR, 6, 1).atStartOfDay(FINLAND).toInstant().plus(random.nextInt(60), ChronoUnit.DAYS));
        for (int i = 0; i < professionals; i++) {
            UUID id = UUID.randomUUID();
            Profession profession = pick(List.of(Profession.values()));
            List<UUID> in = switch (i) {
                case 0 -> List.of(teams.get(1), kempele);
                case 1 -> List.of(teams.get(0), teams.get(2));
                default -> twoOrOne(teams);
            };
            BigDecimal fte = pick(FTES);
            Instant joined =
                    start.plus(random.nextInt(90), ChronoUnit.DAYS).plus(random.nextInt(600), ChronoUnit.MINUTES);
            professional(new StaffVersion(id, profession, fte, in, true, joined));
            if (random.nextBoolean()) {
                Instant changed = joined.plus(30 + random.nextInt(240), ChronoUnit.DAYS);
                professional(
                        switch (random.nextInt(3)) {
                            case 0 -> new StaffVersion(id, profession, pick(FTES), in, true, changed);
                            case 1 -> new StaffVersion(id, profession, fte, twoOrOne(teams), true, changed);
                            default -> new StaffVersion(id, profession, fte, in, false, changed);
                        });
            }
        }
    }

    private List<UUID> twoOrOne(List<UUID> teams) {
        UUID first = pick(teams);
        UUID second = pick(teams);
        return random.nextInt(100) < 25 && !first.equals(second) ? List.of(first, second) : List.of(first);
    }

    private UUID team(UUID id, String name, String area, boolean active, Instant at) {
        teamVersions.add(new TeamVersion(id, name, area, active, at));
        event(
                EventType.STANDING_TEAM_CHANGED,
                id,
                at,
                Map.of("teamId", id, "name", name, "area", area, "active", active, "changedAt", at));
        return id;
    }

    private void professional(StaffVersion v) {
        staffVersions.add(v);
        event(
                EventType.PROFESSIONAL_CHANGED,
                v.professional(),
                v.at(),
                Map.of(
                        "professionalId",
                        v.professional(),
                        "profession",
                        v.profession(),
                        "organisationType",
                        "COUNTY",
                        "fte",
                        v.fte(),
                        "teamIds",
                        v.teams().stream().map(UUID::toString).toList(),
                        "active",
                        v.active(),
                        "changedAt",
                        v.at()));
    }

    private void service(UUID pathway, UUID client, Area area, ReferralSource source, LocalDate started) {
        ServiceType type = weighted(SERVICES);
        Map<String, Object> serviceReferral = Map.of(
                "pathwayId",
                pathway,
                "serviceReferralId",
                UUID.randomUUID(),
                "clientId",
                client,
                "serviceType",
                type,
                "startedOn",
                started);
        event(EventType.SERVICE_REFERRAL_STARTED, pathway, startOf(started), serviceReferral);
        fact(Indicator.REFERRALS_TO_SERVICES, pathway, startOf(started), type.name(), area, source, null);
        Indicator clients = switch (type) {
            case SUPPORTED_EMPLOYMENT_IPS -> Indicator.IPS_CLIENTS;
            case SOCIAL_REHABILITATION -> Indicator.SOCIAL_REHABILITATION_CLIENTS;
            case REHABILITATIVE_WORK_ACTIVITY -> Indicator.REHABILITATIVE_WORK_ACTIVITY_CLIENTS;
            default -> null;
        };
        if (clients != null) {
            fact(clients, pathway, startOf(started), null, area, source, null);
        }
        if (random.nextInt(100) < 30) {
            return;
        }
        LocalDate ended = started.plusDays(30 + random.nextInt(120));
        boolean completed = random.nextInt(100) < 80;
        Boolean employed = type == ServiceType.SUPPORTED_EMPLOYMENT_IPS ? random.nextInt(100) < 40 : null;
        event(
                EventType.SERVICE_REFERRAL_ENDED,
                pathway,
                startOf(ended),
                and(
                        serviceReferral,
                        Map.of(
                                "result",
                                completed ? "COMPLETED" : "INTERRUPTED",
                                "reason",
                                completed ? "null" : "CLIENT_DECLINED",
                                "employed",
                                employed == null ? "null" : employed,
                                "endedOn",
                                ended)));
        if (Boolean.TRUE.equals(employed)) {
            fact(Indicator.IPS_EMPLOYED, pathway, startOf(ended), null, area, source, null);
        }
        if (type == ServiceType.WORK_ABILITY_ASSESSMENT && completed) {
            fact(Indicator.WORK_ABILITY_ASSESSMENTS, pathway, startOf(ended), null, area, source, null);
        }
    }

    /** A completed health check; one without a pathway counts only where its own municipality says. */
    private void healthCheck(UUID pathway, Area area, ReferralSource source, String municipality, Instant completed) {
        UUID client = UUID.randomUUID();
        event(
                EventType.HEALTH_CHECK_COMPLETED,
                client,
                completed,
                Map.of(
                        "healthCheckId",
                        UUID.randomUUID(),
                        "clientId",
                        client,
                        "pathwayId",
                        pathway == null ? "null" : pathway,
                        "municipalityCode",
                        municipality,
                        "completedAt",
                        completed));
        facts.add(new Fact(
                Indicator.HEALTH_CHECKS_COMPLETED,
                pathway,
                completed,
                null,
                area == null ? null : area.name(),
                source == null ? null : source.name(),
                municipality,
                null));
    }

    private void fact(
            Indicator indicator,
            UUID pathway,
            Instant at,
            String detail,
            Area area,
            ReferralSource source,
            BigDecimal value) {
        facts.add(new Fact(
                indicator,
                pathway,
                at,
                detail,
                area == null ? null : area.name(),
                source == null ? null : source.name(),
                null,
                value));
    }

    /** The type's canonical sample with the given fields set; the string "null" sets a field to null. */
    private void event(EventType<?> type, UUID subject, Instant time, Map<String, Object> fields) {
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(TestEvents.sample(type, Map.of()));
            fields.forEach((name, value) -> {
                if (!json.has(name)) {
                    throw new IllegalArgumentException(type.name() + " has no field " + name);
                }
                if ("null".equals(value)) {
                    json.putNull(name);
                } else if (value instanceof Boolean b) {
                    json.put(name, b);
                } else if (value instanceof Integer n) {
                    json.put(name, n);
                } else if (value instanceof BigDecimal n) {
                    json.put(name, n);
                } else if (value instanceof List<?> items) {
                    var array = json.putArray(name);
                    items.forEach(item -> array.add(item.toString()));
                } else {
                    json.put(name, value.toString());
                }
            });
            records.add(TestEvents.record(
                    type, UUID.randomUUID(), subject, time.toString(), JSON.writeValueAsString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A moment in the year, at any hour: some fall on a different Finnish day, or month, than their UTC one. */
    private Instant timeIn(int year) {
        return LocalDate.of(year, 1, 1)
                .atStartOfDay(FINLAND)
                .toInstant()
                .plus(random.nextInt(300), ChronoUnit.DAYS)
                .plus(random.nextInt(1440), ChronoUnit.MINUTES);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(FINLAND).toLocalDate();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(FINLAND).toInstant();
    }

    /** Calendar days between two moments, by their Finnish dates. */
    private static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(day(from), day(to)));
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** One of the keys, as likely as its weight; iterated in name order so that the seed alone decides. */
    private <T extends Enum<T>> T weighted(Map<T, Integer> weights) {
        List<T> keys = weights.keySet().stream().sorted().toList();
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (T key : keys) {
            draw -= weights.get(key);
            if (draw < 0) {
                return key;
            }
        }
        throw new AssertionError("weights cover the draw");
    }
}
