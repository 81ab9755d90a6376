package fi.polku.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.events.OrganisationType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The local realm is the production realm plus the demo, and the demo has someone for every role and organisation. */
class LocalRealmTest {

    static final Path ROOT = Path.of(System.getProperty("polku-test.root", "../../.."))
            .toAbsolutePath()
            .normalize();
    static final String USER_PROFILE = "org.keycloak.userprofile.UserProfileProvider";
    static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

    final ObjectNode production = LocalRealm.production(ROOT);
    final ObjectNode demo = LocalRealm.demo(ROOT);
    final ObjectNode local = LocalRealm.of(production, demo, KEY);

    @Test
    void whatTheDemoDoesNotNameIsProductionsAsItIs() {
        Set<String> setByDemo = new HashSet<>();
        demo.path("realm").fieldNames().forEachRemaining(setByDemo::add);
        production.fieldNames().forEachRemaining(field -> {
            if (!setByDemo.contains(field)
                    && !Set.of("clients", "users", "components").contains(field)) {
                assertEquals(production.get(field), local.get(field), field);
            }
        });
        Set<String> demoClients = names(demo.path("clients"), "clientId");
        for (JsonNode client : production.path("clients")) {
            if (!demoClients.contains(client.path("clientId").asText())) {
                assertTrue(
                        contains(local.path("clients"), client), client.path("clientId") + " is production's as it is");
            }
        }
        assertEquals(
                production.path("clientScopes"),
                local.path("clientScopes"),
                "the claims the services read are production's");
        assertEquals(
                production.path("components").path(USER_PROFILE),
                local.path("components").path(USER_PROFILE),
                "the user profile is production's");
    }

    @Test
    void theUserProfileLetsOnlyAnAdministratorSetTheTokensAttributesAndOnlyToWhatTheServicesAccept() throws Exception {
        JsonNode profile = new ObjectMapper()
                .readTree(production
                        .path("components")
                        .path(USER_PROFILE)
                        .path(0)
                        .path("config")
                        .path("kc.user.profile.config")
                        .path(0)
                        .asText());
        JsonNode orgType = attribute(profile, "org_type");
        JsonNode professionalId = attribute(profile, "professional_id");
        for (JsonNode attribute : profile.path("attributes")) {
            assertEquals(
                    Set.of("admin"),
                    names(attribute.path("permissions").path("edit")),
                    attribute.path("name") + " is an administrator's to set (the directory's), never the user's");
        }
        Set<String> organisations = new TreeSet<>(Set.of("COUNTY"));
        Stream.of(OrganisationType.values()).map(Enum::name).forEach(organisations::add);
        assertEquals(
                organisations,
                names(orgType.path("validations").path("options").path("options")),
                "org_type takes what fi.polku.platform.security.Organisation accepts, nothing else");
        Pattern uuid = Pattern.compile(professionalId
                .path("validations")
                .path("pattern")
                .path("pattern")
                .asText());
        assertTrue(uuid.matcher(UUID.randomUUID().toString()).matches());
        assertFalse(uuid.matcher("tiina").matches());
        assertFalse(uuid.matcher(UUID.randomUUID().toString().toUpperCase(Locale.ROOT))
                .matches());
        for (JsonNode user : demo.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            String name = user.path("username").asText();
            assertTrue(
                    organisations.contains(
                            user.path("attributes").path("org_type").path(0).asText()),
                    name);
            assertTrue(
                    uuid.matcher(user.path("attributes")
                                    .path("professional_id")
                                    .path(0)
                                    .asText())
                            .matches(),
                    name);
        }
    }

    @Test
    void theDemoChangesNoSecuritySettingButTheTransportAndTheLifespan() {
        assertEquals(
                Set.of("sslRequired", "accessTokenLifespan"), names(demo.path("realm")), "the demo's realm settings");
        assertEquals("external", local.path("sslRequired").asText());
        // The services refuse a token issued more than an hour ago (quarkus.oidc.token.age=1h).
        assertTrue(local.path("accessTokenLifespan").asInt() <= 3600);
    }

    @Test
    void everyRoleAndEveryOrganisationHasADemoLogin() {
        Set<String> roles = names(production.path("roles").path("realm"), "name");
        Set<String> held = new TreeSet<>();
        Set<String> organisations = new TreeSet<>();
        for (JsonNode user : demo.path("users")) {
            user.path("realmRoles").forEach(role -> held.add(role.asText()));
            user.path("attributes").path("org_type").forEach(org -> organisations.add(org.asText()));
        }
        for (JsonNode client : demo.path("clients")) {
            client.path("protocolMappers").forEach(mapper -> {
                if (mapper.path("config").path("claim.name").asText().equals("org_type")) {
                    organisations.add(mapper.path("config").path("claim.value").asText());
                }
            });
        }
        assertEquals(roles, held, "a demo login for every role of the realm, and no role it does not have");
        Set<String> expected = new TreeSet<>(Set.of("COUNTY"));
        Stream.of(OrganisationType.values()).map(Enum::name).forEach(expected::add);
        assertEquals(expected, organisations, "a demo login for the county and every outside organisation type");
    }

    @Test
    void everyPersonHasAPasswordAnOrganisationAndAProfessionalIdOfTheirOwn() {
        List<String> ids = new ArrayList<>();
        for (JsonNode user : demo.path("users")) {
            if (user.has("serviceAccountClientId")) {
                assertTrue(
                        names(demo.path("clients"), "clientId")
                                .contains(user.path("serviceAccountClientId").asText()),
                        user.path("username") + " is the service account of a demo client");
                continue;
            }
            String name = user.path("username").asText();
            assertEquals(
                    "password", user.path("credentials").path(0).path("type").asText(), name);
            assertFalse(user.path("credentials").path(0).path("temporary").asBoolean(), name);
            assertEquals(1, user.path("attributes").path("org_type").size(), name);
            ids.add(user.path("attributes").path("professional_id").path(0).asText());
            // Keycloak refuses a password grant for an account whose profile is not complete.
            for (String field : List.of("firstName", "lastName", "email")) {
                assertFalse(user.path(field).asText().isBlank(), name + " " + field);
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "professional ids are unique");
        assertFalse(ids.contains(""), "every person has a professional id");
    }

    @Test
    void aTokenCarriesEveryClaimTheServicesRequire() {
        JsonNode claims = StreamSupport.stream(production.path("clientScopes").spliterator(), false)
                .filter(scope -> scope.path("name").asText().equals("polku-claims"))
                .findFirst()
                .orElseThrow();
        Set<String> mapped = new TreeSet<>();
        for (JsonNode mapper : claims.path("protocolMappers")) {
            mapped.add(
                    mapper.path("protocolMapper").asText().equals("oidc-sub-mapper")
                            ? "sub"
                            : mapper.path("config").path("claim.name").asText());
        }
        assertEquals(Set.of("sub", "groups", "org_type", "professional_id"), mapped);
        for (JsonNode client : local.path("clients")) {
            if (!client.path("bearerOnly").asBoolean()) {
                assertTrue(
                        names(client.path("defaultClientScopes")).contains("polku-claims"),
                        client.path("clientId") + " gets the claims");
            }
        }
    }

    @Test
    void theRealmSignsWithTheStacksKeyAlone() {
        JsonNode providers = local.path("components").path("org.keycloak.keys.KeyProvider");
        List<JsonNode> rsa = StreamSupport.stream(providers.spliterator(), false)
                .filter(p -> p.path("providerId").asText().startsWith("rsa"))
                .toList();
        assertEquals(1, rsa.size(), "one RSA key");
        assertEquals(KEY, rsa.get(0).path("config").path("privateKey").path(0).asText());
    }

    private static JsonNode attribute(JsonNode profile, String name) {
        return StreamSupport.stream(profile.path("attributes").spliterator(), false)
                .filter(a -> a.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the user profile declares no " + name));
    }

    private static boolean contains(JsonNode array, JsonNode entry) {
        return StreamSupport.stream(array.spliterator(), false).anyMatch(entry::equals);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(entry -> names.add(entry.path(field).asText()));
        return names;
    }
}
