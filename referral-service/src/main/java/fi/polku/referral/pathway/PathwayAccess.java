package fi.polku.referral.pathway;

import fi.polku.events.OrganisationType;
import fi.polku.platform.Exported;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.accesslog.AccessLog;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.TeamScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see which client, pathway and timeline. A county referral handler sees every client, for triage. Anyone
 * else sees a pathway only when it is one of their own teams' (as the network's registry has them), and a
 * professional of an outside organisation only while the client's consent for that organisation type is in force.
 * What a caller may not see does not exist for them: 404, the same answer as for an id that was never used. Every
 * check names the client in the access log, so refused attempts are found by client too.
 *
 * <p>Exported: every feature whose data hangs on a pathway or a client asks it before it answers.
 */
@Exported
@ApplicationScoped
public class PathwayAccess {

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    PathwayService pathways;

    @Inject
    ConsentInForce consents;

    @Inject
    Clock clock;

    /** The pathway, if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway pathway(UUID id) {
        Pathway pathway = pathways.find(id);
        accessLog.concerns(pathway.clientId);
        if (!TeamScope.maySee(caller, pathway.teamId, type -> consentCovers(pathway.clientId, type))) {
            throw new NotFound("No pathway " + id);
        }
        return pathway;
    }

    /** Refuses, as not found, a client the caller may not see; {@code what} names the thing asked for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void client(UUID clientId, String what) {
        accessLog.concerns(clientId);
        if (TeamScope.seesAll(caller)) {
            return;
        }
        Set<UUID> teams = caller.teams();
        boolean onTeam = !teams.isEmpty() && Pathway.count("clientId = ?1 and teamId in ?2", clientId, teams) > 0;
        boolean consent = caller.organisation()
                .outsideType()
                .map(type -> consentCovers(clientId, type))
                .orElse(true);
        if (!onTeam || !consent) {
            throw new NotFound(what);
        }
    }

    /**
     * The filter narrowed to what the caller may list: their own teams' pathways; an outside organisation's
     * professional lists one client at a time, and only with consent.
     */
    public PathwayFilter scope(PathwayFilter filter) {
        if (TeamScope.seesAll(caller)) {
            return filter;
        }
        Organisation organisation = caller.organisation();
        if (!organisation.isCounty()) {
            UUID clientId = filter.clientId()
                    .orElseThrow(() ->
                            new InvalidField("clientId", "is required for a professional of an outside organisation"));
            client(clientId, "No client " + clientId);
        }
        return filter.withinTeams(caller.teams());
    }

    private boolean consentCovers(UUID clientId, OrganisationType type) {
        return consents.inForce(clientId, type, FinnishTime.today(clock));
    }
}
