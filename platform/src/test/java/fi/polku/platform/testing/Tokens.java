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
 * {@code groups}, the organisation in {@code org_type}, the professional's id ({@code p-<user>} unless given), an
 * audience naming every Polku service. {@link #bearer} is a county professional; {@link #as} builds any other. Which
 * teams a professional works in is the registry's, not the token's: a test registers them there.
 */
public final class Tokens {

    /** The OIDC test server's issuer. */
    static final String ISSUER = "https://server.example.com";

    public static final List<String> SERVICES =
            List.of("referral-service", "team-service", "health-check-service", "indicator-service", "platform-test");

    private Tokens() {}

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
        private Set<String> teams;
        private Object professionalId;
        private List<String> audience = SERVICES;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private boolean withSubject = true;
        private String subject;

        private Token(String user) {
            this.user = user;
            this.professionalId = "p-" + user;
            this.subject = user;
        }

        /** The {@code professional_id} claim: a registry id, any other value, or {@code null} to leave it out. */
        public Token professionalId(Object professionalId) {
            this.professionalId = professionalId;
            return this;
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

        /** A {@code teams} claim, as an issuer might add one: Polku ignores it (the registry decides teams). */
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

        /** The {@code sub} claim's value (the user's name unless given), for tests of what a subject may be. */
        public Token subject(String subject) {
            this.subject = subject;
            return this;
        }

        public String bearer() {
            JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                    .audience(Set.copyOf(audience))
                    .preferredUserName(user)
                    .groups(roles)
                    .issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(lifetime));
            if (professionalId != null) {
                claims.claim("professional_id", professionalId);
            }
            if (teams != null) {
                claims.claim("teams", List.copyOf(teams));
            }
            if (withSubject) {
                claims.subject(subject);
            }
            if (organisation != null) {
                claims.claim(Organisation.CLAIM, organisation);
            }
            return "Bearer " + claims.jws().keyId("1").sign("privateKey.jwk");
        }
    }
}
