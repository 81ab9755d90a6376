package fi.polku.indicator.staff;

import fi.polku.events.NetworkEvent;
import fi.polku.events.Profession;
import fi.polku.events.ProfessionalChanged;
import fi.polku.events.StandingTeamChanged;
import fi.polku.platform.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Keeps every version of the network's teams and professionals, and reads them back as a {@link Staffing}. */
@ApplicationScoped
public class StaffService {

    @Inject
    EntityManager em;

    /** Keeps a version, in the consumer's transaction; the same version twice is kept once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(NetworkEvent event) {
        switch (event) {
            case StandingTeamChanged t ->
                em.createNativeQuery("""
                    insert into team_version (team_id, changed_at, name, area, active) values (?1, ?2, ?3, ?4, ?5)
                    on conflict do nothing""")
                        .setParameter(1, t.teamId())
                        .setParameter(2, t.changedAt())
                        .setParameter(3, t.name())
                        .setParameter(4, t.area())
                        .setParameter(5, t.active())
                        .executeUpdate();
            case ProfessionalChanged p ->
                em.createNativeQuery("""
                    insert into professional_version (professional_id, changed_at, profession, organisation_type, fte,
                                                      team_ids, active)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as uuid[]), ?7) on conflict do nothing""")
                        .setParameter(1, p.professionalId())
                        .setParameter(2, p.changedAt())
                        .setParameter(3, p.profession().name())
                        .setParameter(4, p.organisationType())
                        .setParameter(5, p.fte())
                        .setParameter(6, NativeValues.column(p.teamIds(), id -> id))
                        .setParameter(7, p.active())
                        .executeUpdate();
        }
    }

    /** The versions made before {@code end}: all that any moment up to then needs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Staffing before(Instant end) {
        @SuppressWarnings("unchecked")
        List<Object[]> teams = em.createNativeQuery("""
                select team_id, changed_at, name, area, active from team_version where changed_at < ?1""").setParameter(1, end).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> professionals =
                em.createNativeQuery("""
                select professional_id, changed_at, profession, organisation_type, fte,
                       array_to_string(team_ids, ','), active
                from professional_version where changed_at < ?1""").setParameter(1, end).getResultList();
        return new Staffing(
                teams.stream()
                        .map(r -> new Staffing.TeamVersion(
                                (UUID) r[0], NativeValues.instant(r[1]), (String) r[2], (String) r[3], (Boolean) r[4]))
                        .toList(),
                professionals.stream()
                        .map(r -> new Staffing.ProfessionalVersion(
                                (UUID) r[0],
                                NativeValues.instant(r[1]),
                                Profession.valueOf((String) r[2]),
                                (String) r[3],
                                (BigDecimal) r[4],
                                teamIds((String) r[5]),
                                (Boolean) r[6]))
                        .toList());
    }

    private static Set<UUID> teamIds(String joined) {
        return joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).map(UUID::fromString).collect(Collectors.toSet());
    }
}
