package fi.polku.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The local stack's realm: the production realm (the {@code spec.realm} of the KeycloakRealmImport in
 * deploy/k8s/base/keycloak/realm.yaml), with what deploy/local/keycloak/demo-realm.yaml adds or sets, signed with the
 * stack's own key. One definition for both: what differs locally is only what the demo file says.
 *
 * <p>Usage: {@code LocalRealm <checkout> <private key PEM> <output JSON>}.
 */
public final class LocalRealm {

    static final Path PRODUCTION_REALM = Path.of("deploy/k8s/base/keycloak/realm.yaml");
    static final Path DEMO_REALM = Path.of("deploy/local/keycloak/demo-realm.yaml");
    static final String SIGNING_KEY = "polku-local";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LocalRealm() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: LocalRealm <checkout> <private key PEM> <output JSON>");
        }
        Path root = Path.of(args[0]);
        ObjectNode realm = of(production(root), demo(root), Files.readString(Path.of(args[1])));
        Path out = Path.of(args[2]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), realm);
    }

    static ObjectNode production(Path root) {
        JsonNode realm = read(root.resolve(PRODUCTION_REALM)).path("spec").path("realm");
        if (!realm.isObject()) {
            throw new IllegalStateException(PRODUCTION_REALM + " has no spec.realm");
        }
        return (ObjectNode) realm;
    }

    static ObjectNode demo(Path root) {
        return (ObjectNode) read(root.resolve(DEMO_REALM));
    }

    /** The production realm with the demo's settings, clients and users, and the given RSA key as its signing key. */
    static ObjectNode of(ObjectNode production, ObjectNode demo, String privateKeyPem) {
        ObjectNode realm = production.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> settings =
                        demo.path("realm").properties().iterator();
                settings.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = settings.next();
            realm.set(setting.getKey(), setting.getValue().deepCopy());
        }
        merge(realm.withArray("clients"), demo.path("clients"), "clientId");
        merge(realm.withArray("users"), demo.path("users"), "username");
        realm.withObject("components").set("org.keycloak.keys.KeyProvider", keyProviders(privateKeyPem));
        return realm;
    }

    /** Entries of {@code additions} replace the entry with the same key, or are appended. */
    private static void merge(ArrayNode entries, JsonNode additions, String key) {
        for (JsonNode addition : additions) {
            String name = addition.path(key).asText();
            int index = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).path(key).asText().equals(name)) {
                    index = i;
                }
            }
            if (index >= 0) {
                entries.set(index, addition.deepCopy());
            } else {
                entries.add(addition.deepCopy());
            }
        }
    }

    /**
     * The realm's keys. The RS256 key is the stack's own, so that what holds its private half can sign as the issuer;
     * a realm that names any key provider gets no generated ones, so the HMAC and AES keys Keycloak signs and
     * encrypts its own session tokens with are named too.
     */
    private static ArrayNode keyProviders(String privateKeyPem) {
        ArrayNode providers = NODES.arrayNode();
        providers.add(provider(SIGNING_KEY, "rsa", Map.of("privateKey", privateKeyPem, "algorithm", "RS256")));
        providers.add(provider("hmac-generated", "hmac-generated", Map.of("algorithm", "HS512")));
        providers.add(provider("aes-generated", "aes-generated", Map.of()));
        return providers;
    }

    private static ObjectNode provider(String name, String providerId, Map<String, String> settings) {
        ObjectNode config = NODES.objectNode();
        config.set("priority", NODES.arrayNode().add("100"));
        config.set("enabled", NODES.arrayNode().add("true"));
        config.set("active", NODES.arrayNode().add("true"));
        settings.forEach(
                (setting, value) -> config.set(setting, NODES.arrayNode().add(value)));
        ObjectNode provider = NODES.objectNode();
        provider.put("name", name);
        provider.put("providerId", providerId);
        provider.set("subComponents", NODES.objectNode());
        provider.set("config", config);
        return provider;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
