package fi.polku.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * Which standing teams a professional acts for. The network's registry (team-service) decides it, never the token: a
 * service that scopes client data by team keeps the registry as it is published on {@code registry.team.v1}, or owns
 * it, and answers from there.
 */
public interface TeamMemberships {

    /**
     * The teams (ids) the professional belongs to, when the registry knows them as an active professional of
     * {@code organisation}; none otherwise, so a token that claims another organisation than the registry's gains
     * nothing.
     */
    Set<UUID> teamsOf(String professionalId, Organisation organisation);
}
