package fi.polku.team.workload;

import fi.polku.events.Profession;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.paging.Page;
import fi.polku.team.network.NetworkService;
import fi.polku.team.network.StandingTeam;
import fi.polku.team.pathway.KnownPathway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The workload figures. A pathway belongs to the standing team its triage assigned (by id; by name for pathways
 * from before teams had ids); "open" means the pathway is open.
 */
@ApplicationScoped
public class Workload {

    /** A pathway accepted into a team and still without a client team. */
    public record Waiting(UUID pathwayId, UUID clientId, String area, Instant acceptedAt, long waitingDays) {}

    /** A professional's open client teams, and how many of them they coordinate. */
    @Schema(example = """
            {"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "Kaija Koordinaattori",
             "profession": "WORK_ABILITY_COORDINATOR", "organisationType": "COUNTY", "fte": 0.80, "openClientTeams": 14,
             "coordinating": 11}""")
    public record ProfessionalLoad(
            UUID professionalId,
            String name,
            Profession profession,
            String organisationType,
            BigDecimal fte,
            long openClientTeams,
            long coordinating) {}

    /** A team's or an area's staff against its clients. */
    @Schema(example = """
            {"teamId": "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01", "teamName": "Oulu keskusta", "area": "Oulu",
             "headcount": 6, "fte": 3.40, "openClientTeams": 41, "waiting": 7, "openClientTeamsPerFte": 12.06}""")
    public record TeamLoad(
            @Schema(description = "Null per area", nullable = true)
            UUID teamId,

            @Schema(description = "Null per area", nullable = true)
            String teamName,

            String area,
            long headcount,
            BigDecimal fte,
            long openClientTeams,
            long waiting,

            @Schema(description = "Null where there is no FTE", nullable = true)
            BigDecimal openClientTeamsPerFte) {}

    private static final String WAITING = """
            from KnownPathway p
            where p.status = fi.polku.team.pathway.PathwayStatus.OPEN
              and (p.teamId = :teamId or (p.teamId is null and p.team = :team))
              and not exists (select 1 from ClientTeam ct where ct.pathwayId = p.pathwayId)""";

    @Inject
    NetworkService network;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The team's waiting list, longest waiting first; waiting days are Finnish calendar days from acceptance to
     * today, so a pathway accepted today waits 0 days.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Waiting> waitingList(UUID teamId, int page, int size) {
        StandingTeam team = network.team(teamId);
        String name = team.details().name();
        long total = em.createQuery("select count(p) " + WAITING, Long.class)
                .setParameter("teamId", teamId)
                .setParameter("team", name)
                .getSingleResult();
        List<KnownPathway> pathways = em.createQuery(
                        "select p " + WAITING + " order by p.openedAt, p.pathwayId", KnownPathway.class)
                .setParameter("teamId", teamId)
                .setParameter("team", name)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        LocalDate today = FinnishTime.today(clock);
        return new Page<>(
                pathways.stream()
                        .map(p -> new Waiting(
                                p.pathwayId,
                                p.clientId,
                                p.area,
                                p.openedAt,
                                ChronoUnit.DAYS.between(FinnishTime.dayOf(p.openedAt), today)))
                        .toList(),
                total,
                page,
                size);
    }

    /** Each active professional of the team with the open client teams they are on, across all teams. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProfessionalLoad> professionals(UUID teamId) {
        network.team(teamId);
        List<?> rows = em.createNativeQuery("""
                select pr.id, pr.name, pr.profession, pr.organisation_type, pr.fte,
                       count(p.pathway_id), count(p.pathway_id) filter (where m.coordinator)
                from professional pr
                join professional_team pt on pt.professional_id = pr.id and pt.team_id = ?1
                left join client_team_member m on m.professional_id = pr.id and m.left_at is null
                left join client_team ct on ct.id = m.client_team_id
                left join pathway p on p.pathway_id = ct.pathway_id and p.status = 'OPEN'
                where pr.active
                group by pr.id, pr.name, pr.profession, pr.organisation_type, pr.fte
                order by pr.name, pr.id""").setParameter(1, teamId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new ProfessionalLoad(
                        (UUID) r[0],
                        (String) r[1],
                        Profession.valueOf((String) r[2]),
                        (String) r[3],
                        (BigDecimal) r[4],
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    /**
     * Per active team, or per area over its active teams: headcount and FTE as the staff resources count them (a
     * professional's FTE split evenly over their teams; per area they count once), the team's open client teams and
     * waiting pathways, and open client teams per FTE (none where there is no FTE).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamLoad> teams(NetworkService.StaffGrouping grouping, Optional<String> area) {
        boolean byTeam = grouping == NetworkService.StaffGrouping.TEAM;
        String key = byTeam ? "t.id" : "t.area";
        List<?> rows = em.createNativeQuery("""
                with membership as (
                    select pt.professional_id, pt.team_id, count(*) over (partition by pt.professional_id) as teams
                    from professional_team pt join standing_team t on t.id = pt.team_id and t.active
                ),
                chosen as (
                    select t.* from standing_team t
                    where t.active and (cast(?1 as text) is null or lower(t.area) = lower(cast(?1 as text)))
                ),
                staff as (
                    select %1$s as key, count(distinct p.id) as headcount, sum(p.fte / m.teams) as fte
                    from membership m join professional p on p.id = m.professional_id and p.active
                    join chosen t on t.id = m.team_id group by %1$s
                ),
                clients as (
                    select %1$s as key,
                           count(*) filter (where exists (select 1 from client_team ct where ct.pathway_id = p.pathway_id))
                               as open_teams,
                           count(*) filter (where not exists (select 1 from client_team ct where ct.pathway_id = p.pathway_id))
                               as waiting
                    from pathway p join chosen t on p.team_id = t.id or (p.team_id is null and p.team = t.name)
                    where p.status = 'OPEN' group by %1$s
                ),
                keys as (select distinct %1$s as key, %2$s as name, t.area from chosen t)
                select %3$s, k.area, coalesce(s.headcount, 0), coalesce(s.fte, 0), coalesce(c.open_teams, 0),
                       coalesce(c.waiting, 0)
                from keys k left join staff s on s.key = k.key left join clients c on c.key = k.key
                order by k.area, k.name""".formatted(
                                key,
                                byTeam ? "t.name" : "cast(null as text)",
                                byTeam ? "k.key, k.name" : "cast(null as uuid), cast(null as text)"))
                .setParameter(1, area.orElse(null))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> {
                    BigDecimal fte = ((BigDecimal) r[4]).setScale(2, RoundingMode.HALF_UP);
                    long open = ((Number) r[5]).longValue();
                    return new TeamLoad(
                            (UUID) r[0],
                            (String) r[1],
                            (String) r[2],
                            ((Number) r[3]).longValue(),
                            fte,
                            open,
                            ((Number) r[6]).longValue(),
                            fte.signum() == 0 ? null : BigDecimal.valueOf(open).divide(fte, 2, RoundingMode.HALF_UP));
                })
                .toList();
    }
}
