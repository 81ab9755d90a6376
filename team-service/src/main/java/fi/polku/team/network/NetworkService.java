package fi.polku.team.network;

import fi.polku.events.Profession;
import fi.polku.events.TeamKind;
import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.paging.Criteria;
import fi.polku.platform.paging.Page;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotAllowed;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.security.TeamMemberships;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The standing teams and the professionals of the network, and the staff resources they add up to. */
@ApplicationScoped
public class NetworkService {

    /** How the staff resources are summed: per standing team, or per area over its teams. */
    public enum StaffGrouping {
        TEAM,
        AREA
    }

    /**
     * One line of the staff resources: how many professionals of a profession and organisation work in a team or
     * area, and their FTE in work-ability services. A professional in several active teams counts in each, with
     * their FTE divided evenly among them, so that FTE adds up over teams; per area they count once.
     */
    @Schema(example = """
            {"teamId": "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01", "teamName": "Oulu keskusta", "area": "Oulu",
             "profession": "KELA_WORK_ABILITY_ADVISOR", "organisationType": "KELA", "headcount": 2, "fte": 0.60}""")
    public record StaffLine(
            @Schema(description = "Null per area", nullable = true)
            UUID teamId,

            @Schema(description = "Null per area", nullable = true)
            String teamName,

            String area,
            Profession profession,
            String organisationType,
            long headcount,
            BigDecimal fte) {}

    @Inject
    OutboxWriter outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds a standing team and publishes it on the registry topic. */
    @Transactional
    public StandingTeam createTeam(StandingTeam.Details details) {
        Instant now = clock.instant();
        StandingTeam team = persistUniquely(StandingTeam.create(details, now), details.name());
        outbox.append(team.changedEvent(), now);
        return team;
    }

    /** Changes a standing team and publishes it as it now is. */
    @Transactional
    public StandingTeam changeTeam(UUID id, StandingTeam.Details details) {
        Instant now = clock.instant();
        StandingTeam team = team(id);
        team.change(details, now);
        persistUniquely(team, details.name());
        outbox.append(team.changedEvent(), now);
        return team;
    }

    private StandingTeam persistUniquely(StandingTeam team, String name) {
        try {
            team.persistAndFlush();
            return team;
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("A team named '" + name.strip() + "' exists");
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandingTeam team(UUID id) {
        StandingTeam team = StandingTeam.findById(id);
        if (team == null) {
            throw new NotFound("No team " + id);
        }
        return team;
    }

    /** Teams by area, kind and whether active, ordered by area and name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StandingTeam> teams(
            Optional<String> area, Optional<TeamKind> kind, Optional<Boolean> active, int page, int size) {
        Criteria criteria = new Criteria()
                .and(area, "lower(area) = lower(:area)", "area")
                .and(kind, "kind = :kind", "kind")
                .and(active, "active = :active", "active");
        Sort order = Sort.by("area").and("name").and("id");
        var query = criteria.isEmpty()
                ? StandingTeam.<StandingTeam>findAll(order)
                : StandingTeam.<StandingTeam>find(criteria.where(), order, criteria.parameters());
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** Adds a professional and publishes them, without their name, on the registry topic. */
    @Transactional
    public Professional createProfessional(Professional.Details details, String actor) {
        knownTeams(details.teams());
        Instant now = clock.instant();
        Professional professional = Professional.create(details, now);
        professional.changedBy(actor);
        professional.persist();
        outbox.append(professional.changedEvent(), now);
        return professional;
    }

    /** A professional as a put left them, and whether it registered them. */
    public record Registered(Professional professional, boolean created) {}

    /**
     * Changes the professional with this id, or registers them under it, and publishes them as they now are. Two puts
     * of a new id racing each other: the loser's insert fails on the key and it is a 409 to retry. Nobody changes
     * their own entry: the registry says which teams a professional acts for, so a team admin who could edit theirs
     * could give themselves any team's clients.
     */
    @Transactional
    public Registered putProfessional(UUID id, Professional.Details details, String actor) {
        if (id.toString().equals(actor)) {
            throw new NotAllowed("A professional's own registry entry is changed by someone else: nobody "
                    + "gives themselves teams");
        }
        knownTeams(details.teams());
        Instant now = clock.instant();
        Optional<Professional> known = findProfessional(id);
        Professional professional = known.orElseGet(() -> Professional.create(id, details, now));
        professional.changedBy(actor);
        if (known.isPresent()) {
            professional.change(details, now);
        } else {
            persistNew(professional);
        }
        outbox.append(professional.changedEvent(), now);
        return new Registered(professional, known.isEmpty());
    }

    private void persistNew(Professional professional) {
        try {
            professional.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                throw new StateConflict("Professional " + professional.id + " was registered meanwhile");
            }
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Professional professional(UUID id) {
        Professional professional = Professional.findById(id);
        if (professional == null) {
            throw new NotFound("No professional " + id);
        }
        return professional;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Professional> findProfessional(UUID id) {
        return Professional.findByIdOptional(id);
    }

    /** Professionals by team, profession and organisation, ordered by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Professional> professionals(
            Optional<UUID> teamId,
            Optional<Profession> profession,
            Optional<String> organisationType,
            int page,
            int size) {
        Criteria criteria = new Criteria()
                .and(teamId, ":teamId member of teams", "teamId")
                .and(profession, "profession = :profession", "profession")
                .and(organisationType, "organisationType = :organisationType", "organisationType");
        Sort order = Sort.by("name").and("id");
        var query = criteria.isEmpty()
                ? Professional.<Professional>findAll(order)
                : Professional.<Professional>find(criteria.where(), order, criteria.parameters());
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }

    /** Active professionals in active teams, summed per team or per area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffLine> staff(StaffGrouping grouping, Optional<String> area) {
        String team = grouping == StaffGrouping.TEAM ? "t.id, t.name" : "cast(null as uuid), cast(null as text)";
        String headcount = grouping == StaffGrouping.TEAM ? "count(*)" : "count(distinct p.id)";
        List<?> rows = em.createNativeQuery("""
                with membership as (
                    select pt.professional_id, pt.team_id,
                           count(*) over (partition by pt.professional_id) as teams
                    from professional_team pt join standing_team t on t.id = pt.team_id and t.active
                )
                select %s, t.area, p.profession, p.organisation_type, %s, sum(p.fte / m.teams)
                from membership m
                join professional p on p.id = m.professional_id and p.active
                join standing_team t on t.id = m.team_id
                where (cast(?1 as text) is null or lower(t.area) = lower(cast(?1 as text)))
                group by %s t.area, p.profession, p.organisation_type
                order by t.area, %s p.profession, p.organisation_type""".formatted(
                                team,
                                headcount,
                                grouping == StaffGrouping.TEAM ? "t.id, t.name," : "",
                                grouping == StaffGrouping.TEAM ? "t.name," : ""))
                .setParameter(1, area.orElse(null))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new StaffLine(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        Profession.valueOf((String) r[3]),
                        (String) r[4],
                        ((Number) r[5]).longValue(),
                        ((BigDecimal) r[6]).setScale(2, RoundingMode.HALF_UP)))
                .toList();
    }

    /**
     * The areas and municipalities some standing teams serve, as the intake shows them to their professionals. Areas
     * compare without regard to case.
     */
    public record Served(Set<String> areas, Set<String> municipalityCodes) {

        public Served {
            areas = areas.stream().map(area -> area.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            municipalityCodes = Set.copyOf(municipalityCodes);
        }

        public boolean nothing() {
            return areas.isEmpty() && municipalityCodes.isEmpty();
        }
    }

    /** What the active ones of {@code teams} serve: their areas and municipalities. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Served servedBy(Set<UUID> teams) {
        if (teams.isEmpty()) {
            return new Served(Set.of(), Set.of());
        }
        List<StandingTeam> active = StandingTeam.list("id in ?1 and active", teams);
        return new Served(
                active.stream().map(team -> team.area).collect(Collectors.toSet()),
                active.stream().flatMap(team -> team.municipalityCodes.stream()).collect(Collectors.toSet()));
    }

    /** The ids of the active competence-centre teams. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> competenceCentreIds() {
        return Set.copyOf(
                em.createQuery("select t.id from StandingTeam t where t.kind = :kind and t.active", UUID.class)
                        .setParameter("kind", TeamKind.COMPETENCE_CENTRE)
                        .getResultList());
    }

    /**
     * The teams a professional acts for, from the registry itself: those of an active professional of that
     * organisation, none for anyone else ({@link TeamMemberships}, which {@link Memberships} answers with this).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> teamsOf(UUID professionalId, String organisationType) {
        return findProfessional(professionalId)
                .filter(professional -> professional.active && professional.organisationType.equals(organisationType))
                .map(professional -> Set.copyOf(professional.teams))
                .orElse(Set.of());
    }

    /** Whether the professional works in an active competence-centre team. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean inCompetenceCentre(UUID professionalId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from professional_team pt join standing_team t on t.id = pt.team_id
                where pt.professional_id = ?1 and t.kind = 'COMPETENCE_CENTRE' and t.active""")
                                .setParameter(1, professionalId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    private void knownTeams(Set<UUID> teams) {
        if (teams == null || teams.isEmpty()) {
            return;
        }
        long known = StandingTeam.count("id in ?1", teams);
        if (known != teams.size()) {
            throw new InvalidField("teams", "names a team that does not exist");
        }
    }
}
