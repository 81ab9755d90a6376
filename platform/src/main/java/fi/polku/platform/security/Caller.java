package fi.polku.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the services need it: the professional's id (recorded on what they do and in the access
 * log), their organisation, roles and teams. Built from the verified token; never from anything the request
 * body says.
 */
@RequestScoped
public class Caller {

    /** The professional's id in the county's register; a system's token has none and is known by its subject. */
    public static final String PROFESSIONAL_ID_CLAIM = "professional_id";
    /** The teams (team ids) the professional works in. */
    public static final String TEAMS_CLAIM = "teams";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    /** The professional id, or the token's subject when it names no professional (a system). */
    public String id() {
        JsonWebToken token = token();
        Object professional = token.getClaim(PROFESSIONAL_ID_CLAIM);
        return professional != null && !professional.toString().isBlank()
                ? professional.toString() : token.getSubject();
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

    public Set<String> teams() {
        Object claim = token().getClaim(TEAMS_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Caller::unquoted).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    private JsonWebToken token() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new IllegalStateException("the caller has no token");
    }

    // A JSON array claim arrives as JSON values, whose toString keeps the quotes of a string.
    private static String unquoted(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
