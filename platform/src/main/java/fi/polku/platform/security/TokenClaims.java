package fi.polku.platform.security;

import fi.polku.platform.validation.Text;
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
 * The checks of a token that quarkus-oidc leaves to us, whichever way it verified the signature (a provider's keys
 * or a fixed public key, where quarkus-oidc's own subject check does not apply). Each failure is a 401 before any
 * endpoint runs:
 * <ul>
 * <li>the token names the person or system that holds it ({@code sub}, not blank): everything they do is recorded
 * under it;</li>
 * <li>every claim that is recorded ({@code sub}, {@code professional_id}, the roles) is a short one-line text the
 * access log can hold ({@link Text#singleLineViolation}): a NUL or a control character there would make the log
 * refuse the row after the work was done;</li>
 * <li>a token issued in the future is refused: quarkus-oidc bounds a token's age but not the other way;</li>
 * <li>the caller's organisation is read from {@code org_type}; a token without a known organisation is refused,
 * because who someone works for decides what they may see, so it is never guessed.</li>
 * </ul>
 * Only the roles Polku knows, and of them only those the organisation may hold, are kept; the rest are dropped (and
 * dropping a Polku role is logged).
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    static final String ATTRIBUTE = "polku.organisation";
    /** The longest subject or professional id the access log records. */
    static final int LONGEST_ID = 200;

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
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new AuthenticationFailedException("the token names nobody: it has no sub");
        }
        recordable("sub", subject);
        Object professional = token.getClaim(Caller.PROFESSIONAL_ID_CLAIM);
        if (professional != null) {
            if (!(professional instanceof String id) || id.isBlank()) {
                throw new AuthenticationFailedException(
                        "the token's " + Caller.PROFESSIONAL_ID_CLAIM + " is not a text");
            }
            recordable(Caller.PROFESSIONAL_ID_CLAIM, id);
        }
        if (token.getIssuedAtTime() > Instant.now().plus(clockSkew).getEpochSecond()) {
            throw new AuthenticationFailedException("the token was issued in the future");
        }
        Object claim = token.getClaim(Organisation.CLAIM);
        Organisation organisation = Organisation.parse(claim == null ? null : claim.toString())
                .orElseThrow(() -> new AuthenticationFailedException("the token has no known " + Organisation.CLAIM));
        identity.getRoles().forEach(role -> recordable("groups", role));
        Set<String> known =
                identity.getRoles().stream().filter(Role.ALL::contains).collect(Collectors.toSet());
        Set<String> held = known.stream().filter(organisation::mayHold).collect(Collectors.toSet());
        if (held.size() < known.size()) {
            LOG.warnf(
                    "Roles %s dropped from %s's token: organisation %s may not hold them",
                    known.stream().filter(role -> !held.contains(role)).toList(), subject, organisation.code());
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .addAttribute(ATTRIBUTE, organisation)
                        .addRoles(held)
                        .build());
    }

    private static void recordable(String claim, String value) {
        if (value.length() > LONGEST_ID || Text.singleLineViolation(value).isPresent()) {
            throw new AuthenticationFailedException(
                    "the token's " + claim + " is not a one-line text of at most " + LONGEST_ID + " characters");
        }
    }
}
