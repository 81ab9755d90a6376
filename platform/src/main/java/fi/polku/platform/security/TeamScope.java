package fi.polku.platform.security;

import fi.polku.events.OrganisationType;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may see a client's pathway, the same in every service that holds one: a county referral handler sees every
 * pathway (triage needs them); anyone else only a pathway of one of the teams the registry puts them in
 * ({@link Caller#teams}), and a professional of an outside organisation only while the client's consent for that
 * organisation type is in force.
 */
public final class TeamScope {

    private TeamScope() {}

    public static boolean seesAll(Caller caller) {
        return caller.hasRole(Role.REFERRAL_HANDLER) && caller.organisation().isCounty();
    }

    /**
     * @param pathwayTeam    the standing team (id) triage assigned the pathway to; none when not assigned
     * @param consentInForce whether the client's consent for an organisation type is in force today
     */
    public static boolean maySee(Caller caller, UUID pathwayTeam, Predicate<OrganisationType> consentInForce) {
        if (seesAll(caller)) {
            return true;
        }
        boolean onTeam = pathwayTeam != null && caller.teams().contains(pathwayTeam);
        return onTeam
                && caller.organisation().outsideType().map(consentInForce::test).orElse(true);
    }
}
