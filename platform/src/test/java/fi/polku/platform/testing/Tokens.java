package fi.polku.platform.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/** Bearer tokens signed by the OIDC test server, with the given roles in the {@code groups} claim. */
public final class Tokens {

    private Tokens() {
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + OidcWiremockTestResource.getAccessToken(user, Set.of(roles));
    }
}
