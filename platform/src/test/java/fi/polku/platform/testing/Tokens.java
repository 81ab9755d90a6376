package fi.polku.platform.testing;

import fi.polku.platform.security.Organisation;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Bearer tokens signed with the OIDC test server's key, shaped as the county's issuer makes them: roles in
 * {@code groups}, the organisation in {@code org_type}, the professional's id and teams, an audience naming every
 * Polku service. {@link #bearer} is a county professional; {@link #as} builds any other.
 */
public final class Tokens {

    /** The OIDC test server's issuer. */
    static final String ISSUER = "https://server.example.com";
    public static final List<String> SERVICES = List.of("referral-service", "team-service", "health-check-service",
            "indicator-service", "platform-test");

    private Tokens() {
    }

    /** A county professional with the given roles and no team. */
    public static String bearer(String user, String... roles) {
        return as(user).roles(roles).bearer();
    }

    public static Token as(String user) {
        return new Token(user);
    }

    /** A token being built; every setter returns it. */
    public static final class Token {

        private final String user;
        private Set<String> roles = Set.of();
        private String organisation = Organisation.COUNTY;
        private Set<String> teams = Set.of();
        private List<String> audience = SERVICES;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private boolean withSubject = true;

        private Token(String user) {
            this.user = user;
        }

        public Token roles(String... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        /** {@code COUNTY} or an organisation type's name; {@code null} leaves the claim out. */
        public Token organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        public Token teams(String... teams) {
            this.teams = Set.of(teams);
            return this;
        }

        public Token audience(String... audience) {
            this.audience = List.of(audience);
            return this;
        }

        public Token issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Token lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        public Token withoutSubject() {
            this.withSubject = false;
            return this;
        }

        public String bearer() {
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .audience(Set.copyOf(audience))
                    .preferredUserName(user)
                    .groups(roles)
                    .issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(lifetime))
                    .claim("professional_id", "p-" + user)
                    .claim("teams", List.copyOf(teams));
            if (withSubject) {
                claims.subject(user);
            }
            if (organisation != null) {
                claims.claim(Organisation.CLAIM, organisation);
            }
            return "Bearer " + claims.jws().keyId("1").sign("privateKey.jwk");
        }
    }
}
