package fi.polku.platform.app;

import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.TeamMemberships;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The test application's registry of who works in which team: what tests put in it, for the county only. */
@ApplicationScoped
public class TestMemberships implements TeamMemberships {

    private static final Map<String, Set<UUID>> TEAMS = new ConcurrentHashMap<>();

    /** Puts the professional in the teams, replacing what the registry said of them. */
    public static void register(String professionalId, UUID... teams) {
        TEAMS.put(professionalId, Set.of(teams));
    }

    @Override
    public Set<UUID> teamsOf(String professionalId, Organisation organisation) {
        return TEAMS.getOrDefault(professionalId, Set.of());
    }
}
