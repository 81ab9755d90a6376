package fi.polku.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates rendered manifests (the output of {@code kubectl kustomize}) strictly: every object against its kind's
 * model or schema, an unknown field or a wrong type being an error. Whether the KafkaTopics and KafkaUsers agree with
 * the messaging topology is the topology check's to say (deploy/local/kafka, fi.polku.topology.TopologyCheck), which
 * deploy/k8s/validate.sh runs on the same rendered files. Usage: {@code ManifestValidator <rendered.yaml>...}; exits 1
 * on any problem.
 */
public final class ManifestValidator {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ManifestValidator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ManifestValidator <rendered.yaml>...");
            System.exit(2);
        }
        int problems = 0;
        for (String arg : args) {
            Path file = Path.of(arg);
            List<JsonNode> objects = parse(Files.readString(file));
            List<Problem> found = validate(objects, file.getFileName().toString());
            found.forEach(System.out::println);
            System.out.printf("%s: %d objects, %d problems%n", file, objects.size(), found.size());
            problems += found.size();
        }
        System.exit(problems == 0 ? 0 : 1);
    }

    static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml);
                MappingIterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        }
        return objects;
    }

    static List<Problem> validate(List<JsonNode> objects, String file) throws IOException {
        Kinds kinds = new Kinds();
        List<Problem> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            String where = file + " " + object.path("kind").asText("?") + "/"
                    + object.path("metadata").path("name").asText("?");
            problems.addAll(kinds.check(object, where));
        }
        return problems;
    }
}
