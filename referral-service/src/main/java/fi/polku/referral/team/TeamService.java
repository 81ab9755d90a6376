package fi.polku.referral.team;

import fi.polku.events.PolkuEvent;
import fi.polku.events.Profession;
import fi.polku.events.ProfessionalChanged;
import fi.polku.events.StandingTeamChanged;
import fi.polku.events.TeamKind;
import fi.polku.platform.rule.RuleBroken;
import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.TeamMemberships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The network as the registry topic tells it: the standing teams triage may assign pathways to, and the professionals
 * with the teams they act for, which decide whose pathways a professional sees ({@link TeamMemberships}).
 */
@ApplicationScoped
public class TeamService implements TeamMemberships {

    /** Keeps a team's or a professional's newest version, in the consumer's transaction after its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        switch (event) {
            case StandingTeamChanged changed ->
                KnownTeam.<KnownTeam>findByIdOptional(changed.teamId())
                        .ifPresentOrElse(
                                known -> known.apply(changed),
                                () -> KnownTeam.of(changed).persist());
            case ProfessionalChanged changed ->
                KnownProfessional.<KnownProfessional>findByIdOptional(changed.professionalId())
                        .ifPresentOrElse(
                                known -> known.apply(changed),
                                () -> KnownProfessional.of(changed).persist());
            default -> {}
        }
    }

    /**
     * The team a pathway may be assigned to: a work-ability team of the network that takes clients now. Anything else
     * is a 422 naming {@code field}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownTeam assignable(UUID teamId, String field) {
        KnownTeam team = KnownTeam.findById(teamId);
        if (team == null || !team.active || team.kind != TeamKind.WORK_ABILITY_TEAM) {
            throw new RuleBroken(
                    "known-team",
                    field,
                    "must be an active work-ability team of the network (team-service's registry)");
        }
        return team;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> teamsOf(String professionalId, Organisation organisation) {
        return professional(professionalId)
                .map(known -> known.teamsAs(organisation.code()))
                .orElse(Set.of());
    }

    /** The registry's profession of the professional, if the registry knows them as working in the network now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Profession> professionOf(String professionalId) {
        return professional(professionalId).filter(known -> known.active).map(known -> known.profession);
    }

    private static Optional<KnownProfessional> professional(String professionalId) {
        try {
            return KnownProfessional.findByIdOptional(UUID.fromString(professionalId));
        } catch (IllegalArgumentException notARegistryId) {
            return Optional.empty();
        }
    }
}
