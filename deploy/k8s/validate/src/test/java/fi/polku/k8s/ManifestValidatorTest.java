package fi.polku.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The validator on Polku's own base manifests: they pass as written, and each kind of mistake it exists for, made in
 * one of them, fails with a message that names it. Mistakes against the messaging topology (a KafkaTopic's partitions,
 * a KafkaUser's ACLs) are the topology check's: deploy/local/kafka's TopologyCheckTest.
 */
class ManifestValidatorTest {

    private static final Path ROOT = Path.of("../../..").toAbsolutePath().normalize();
    private static final Path BASE = ROOT.resolve("deploy/k8s/base");

    @Test
    void theBaseManifestsAreValid() throws IOException {
        assertEquals(List.of(), validate(base()));
    }

    @Test
    void anUnknownFieldInADeploymentFails() throws IOException {
        // The classic slip: a container's securityContext field one level too high.
        assertProblem(change("Deployment", "referral-service",
                d -> container(d).put("readOnlyRootFilesystem", true)), "readOnlyRootFilesystem");
    }

    @Test
    void aWrongTypeInADeploymentFails() throws IOException {
        assertProblem(change("Deployment", "team-service", d -> ((ObjectNode) d.path("spec")).put("replicas", "2")),
                "replicas");
    }

    @Test
    void anUnknownFieldInAStrimziKindFails() throws IOException {
        assertProblem(change("KafkaTopic", "pathway.referral.v1", t -> ((ObjectNode) t.path("spec")).put("partition", 3)),
                "partition");
    }

    @Test
    void aWrongTypeInAStrimziKindFails() throws IOException {
        assertProblem(change("Kafka", "polku-kafka",
                k -> ((ObjectNode) k.path("spec").path("kafka").path("listeners").get(0)).put("tls", "yes")), "tls");
    }

    @Test
    void anUnknownFieldInACloudNativePgKindFails() throws IOException {
        assertProblem(change("Cluster", "polku-db", c -> ((ObjectNode) c.path("spec")).put("instance", 3)), "instance");
    }

    @Test
    void aWrongTypeInTheRealmImportFails() throws IOException {
        assertProblem(change("KeycloakRealmImport", "polku",
                r -> ((ObjectNode) r.path("spec").path("realm")).put("accessTokenLifespan", "5 minutes")),
                "accessTokenLifespan");
    }

    @Test
    void aKindWithoutModelOrSchemaFails() throws IOException {
        List<JsonNode> objects = base();
        objects.add(ManifestValidator.parse("apiVersion: example.org/v1\nkind: Widget\nmetadata: {name: w}\n").get(0));
        assertProblem(objects, "no model or schema for example.org/v1/Widget");
    }

    private static ObjectNode container(JsonNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static List<JsonNode> change(String kind, String name, Consumer<JsonNode> mistake) throws IOException {
        List<JsonNode> objects = base();
        JsonNode object = objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in the base"));
        mistake.accept(object);
        return objects;
    }

    private static void assertProblem(List<JsonNode> objects, String expected) throws IOException {
        List<Problem> problems = validate(objects);
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains(expected)),
                "expected a problem mentioning '" + expected + "', got " + problems);
    }

    private static List<Problem> validate(List<JsonNode> objects) throws IOException {
        return ManifestValidator.validate(objects, "base");
    }

    /** The base's resources as its kustomization lists them, unrendered (no namespace or common labels). */
    private static List<JsonNode> base() throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : Files.readAllLines(BASE.resolve("kustomization.yaml"))) {
            if (line.startsWith("  - ") && line.endsWith(".yaml")) {
                objects.addAll(ManifestValidator.parse(Files.readString(BASE.resolve(line.substring(4)))));
            }
        }
        return objects;
    }
}
