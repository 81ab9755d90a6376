package fi.polku.team.network;

import fi.polku.platform.security.Organisation;
import fi.polku.platform.security.TeamMemberships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** Which teams a caller acts for in team-service: the registry this service keeps, by the caller's professional id. */
@ApplicationScoped
public class Memberships implements TeamMemberships {

    @Inject
    NetworkService network;

    @Override
    public Set<UUID> teamsOf(String professionalId, Organisation organisation) {
        try {
            return network.teamsOf(UUID.fromString(professionalId), organisation.code());
        } catch (IllegalArgumentException notARegistryId) {
            return Set.of();
        }
    }
}
