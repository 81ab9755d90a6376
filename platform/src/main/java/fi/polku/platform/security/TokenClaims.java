package fi.polku.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The checks of a token that quarkus-oidc leaves to us. A token issued in the future is refused (401): quarkus-oidc
 * bounds a token's age but not the other way. The caller's organisation is read from {@code org_type}, and only the
 * roles that organisation may hold are kept; a token without a known organisation is refused, because who someone
 * works for decides what they may see, so it is never guessed.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    static final String ATTRIBUTE = "polku.organisation";

    private static final Logger LOG = Logger.getLogger(TokenClaims.class);

    /** The clock skew quarkus-oidc allows for expiry (quarkus.oidc.token.lifespan-grace), allowed here too. */
    private final Duration clockSkew;

    TokenClaims(@ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int graceSeconds) {
        this.clockSkew = Duration.ofSeconds(graceSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (token.getIssuedAtTime() > Instant.now().plus(clockSkew).getEpochSecond()) {
            throw new AuthenticationFailedException("the token was issued in the future");
        }
        Object claim = token.getClaim(Organisation.CLAIM);
        Organisation organisation = Organisation.parse(claim == null ? null : claim.toString())
                .orElseThrow(() -> new AuthenticationFailedException("the token has no known " + Organisation.CLAIM));
        Set<String> held = identity.getRoles().stream().filter(organisation::mayHold).collect(Collectors.toSet());
        if (held.size() < identity.getRoles().size()) {
            LOG.warnf("Roles %s dropped from %s's token: organisation %s may not hold them",
                    identity.getRoles().stream().filter(role -> !held.contains(role)).toList(),
                    token.getSubject(), organisation.code());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ATTRIBUTE, organisation)
                .addRoles(held)
                .build());
    }
}
