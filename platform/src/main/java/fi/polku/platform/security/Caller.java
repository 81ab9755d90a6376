package fi.polku.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the services need it: the professional's id (recorded on what they do and in the access
 * log), their organisation, roles and teams. Built from the verified token, whose claims {@link TokenClaims} has
 * checked, and the network's registry; never from anything the request body says.
 */
@RequestScoped
public class Caller {

    /** The professional's id in the county's register; a system's token has none and is known by its subject. */
    public static final String PROFESSIONAL_ID_CLAIM = "professional_id";

    @Inject
    SecurityIdentity identity;

    @Inject
    Instance<TeamMemberships> memberships;

    private Set<UUID> teams;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The professional id, or the token's subject when it names no professional (a system). */
    public String id() {
        JsonWebToken token = token();
        Object professional = token.getClaim(PROFESSIONAL_ID_CLAIM);
        return professional != null ? professional.toString() : token.getSubject();
    }

    public Organisation organisation() {
        Organisation organisation = identity.getAttribute(TokenClaims.ATTRIBUTE);
        if (organisation == null) {
            throw new IllegalStateException("no organisation: the caller is not authenticated");
        }
        return organisation;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The standing teams (ids) the caller acts for, as the network's registry has them ({@link TeamMemberships});
     * none in a service that does not scope by team. Asked once per request.
     */
    public Set<UUID> teams() {
        if (teams == null) {
            teams = memberships.isResolvable() ? Set.copyOf(memberships.get().teamsOf(id(), organisation())) : Set.of();
        }
        return teams;
    }

    private JsonWebToken token() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new IllegalStateException("the caller has no token");
    }
}
