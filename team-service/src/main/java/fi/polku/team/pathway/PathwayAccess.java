package fi.polku.team.pathway;

import fi.polku.events.OrganisationType;
import fi.polku.platform.Exported;
import fi.polku.platform.FinnishTime;
import fi.polku.platform.accesslog.AccessLog;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.TeamScope;
import fi.polku.team.consent.ConsentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * The one way team-service's client-data endpoints reach a pathway: the caller sees it only when it is one of their
 * teams' and, for an outside organisation, under the client's consent ({@link TeamScope}); otherwise it does not
 * exist for them. Either way the access log names the client.
 *
 * <p>Exported: every feature whose data hangs on a pathway asks it before it answers.
 */
@Exported
@RequestScoped
public class PathwayAccess {

    @Inject
    PathwayService pathways;

    @Inject
    ConsentService consents;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The pathway, if the caller may see it; 404 if not, exactly as for an id never used. */
    public KnownPathway visible(UUID pathwayId) {
        return visible(pathwayId, false);
    }

    /**
     * The pathway, if the caller may see it as above or, when {@code consultedExpert}, as a county professional whom
     * the pathway's team consulted (the competence centre answering a consultation or taking a referral).
     */
    public KnownPathway visible(UUID pathwayId, boolean consultedExpert) {
        KnownPathway pathway = pathways.find(pathwayId).orElseThrow(() -> new NotFound("No pathway " + pathwayId));
        accessLog.concerns(pathway.clientId);
        if (consultedExpert && caller.organisation().isCounty()) {
            return pathway;
        }
        if (!TeamScope.maySee(caller, pathway.teamId, type -> consentInForce(pathway, type))) {
            throw new NotFound("No pathway " + pathwayId);
        }
        return pathway;
    }

    private boolean consentInForce(KnownPathway pathway, OrganisationType type) {
        return consents.inForce(pathway.clientId, type, FinnishTime.today(clock));
    }
}
