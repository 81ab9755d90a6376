package fi.polku.referral.team;

import fi.polku.events.PolkuEvent;
import fi.polku.events.StandingTeamChanged;
import fi.polku.events.TeamKind;
import fi.polku.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The standing teams triage may assign pathways to, kept from the registry topic. */
@ApplicationScoped
public class Teams {

    /** Keeps a team's newest version, in the consumer's transaction after its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        if (event instanceof StandingTeamChanged changed) {
            KnownTeam known = KnownTeam.findById(changed.teamId());
            if (known == null) {
                KnownTeam.of(changed).persist();
            } else {
                known.apply(changed);
            }
        }
    }

    /**
     * The team a pathway may be assigned to: a work-ability team of the network that takes clients now. Anything else
     * is a 422 naming {@code field}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownTeam assignable(UUID teamId, String field) {
        KnownTeam team = KnownTeam.findById(teamId);
        if (team == null || !team.active() || team.kind() != TeamKind.WORK_ABILITY_TEAM) {
            throw ProblemException.ruleBroken("known-team", field,
                    "must be an active work-ability team of the network (team-service's registry)");
        }
        return team;
    }
}
