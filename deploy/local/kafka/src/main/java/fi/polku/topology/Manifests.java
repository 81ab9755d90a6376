package fi.polku.topology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The KafkaTopics and KafkaUsers of deploy/k8s, as a kustomization (the base, or an overlay on it) makes them,
 * without kubectl: resources and bases are collected, and strategic-merge patches of these kinds are applied (Strimzi's
 * kinds have no merge keys, so a patch merges maps and replaces lists, as kustomize does). What this cannot apply the
 * way kustomize would (a JSON 6902 patch of these kinds, a name prefix or suffix) is a problem, not a silent pass.
 * Rendered manifests (kubectl kustomize's output) are read as they are.
 */
final class Manifests {

    static final Set<String> KINDS = Set.of("KafkaTopic", "KafkaUser");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * A KafkaTopic or KafkaUser as a layer ends up with it; {@code where} is the file that last shaped it (its own, or
     * the patch that changed it), from the repository's root.
     */
    record Manifest(String kind, String name, JsonNode object, String where) {

        JsonNode spec() {
            return object.path("spec");
        }

        /** The Kafka topic of a KafkaTopic: its {@code spec.topicName}, else its name. */
        String topicName() {
            return spec().path("topicName").asText(name);
        }
    }

    /** The Kafka objects of one kustomization (or one rendered file) and what could not be applied. */
    record Layer(String name, List<Manifest> objects, List<Problem> problems) {}

    private final Path root;

    Manifests(Path root) {
        this.root = root;
    }

    /** The base and every overlay of deploy/k8s, each as kustomize would render its Kafka objects. */
    List<Layer> layers() throws IOException {
        List<Layer> layers = new ArrayList<>();
        layers.add(kustomization(root.resolve("deploy/k8s/base")));
        Path overlays = root.resolve("deploy/k8s/overlays");
        if (Files.isDirectory(overlays)) {
            try (var dirs = Files.list(overlays)) {
                for (Path dir : dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                        .sorted()
                        .toList()) {
                    layers.add(kustomization(dir));
                }
            }
        }
        return layers;
    }

    /** A file of rendered manifests, as {@code kubectl kustomize} writes it. */
    Layer rendered(Path file) throws IOException {
        List<Manifest> objects = new ArrayList<>();
        for (JsonNode object : parse(file)) {
            manifest(object, file).ifPresent(objects::add);
        }
        return new Layer(file.toString(), objects, List.of());
    }

    Layer kustomization(Path dir) throws IOException {
        String name = relative(dir);
        Path file = dir.resolve("kustomization.yaml");
        JsonNode k = parse(file).stream().findFirst().orElseThrow(() -> new IOException(file + " is empty"));
        Map<String, Manifest> objects = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String field : List.of("bases", "resources", "components")) {
            for (JsonNode entry : k.path(field)) {
                Path resource = dir.resolve(entry.asText()).normalize();
                List<Manifest> found;
                if (Files.isDirectory(resource)) {
                    Layer inner = kustomization(resource);
                    problems.addAll(inner.problems());
                    found = inner.objects();
                } else {
                    found = parse(resource).stream()
                            .flatMap(o -> manifest(o, resource).stream())
                            .toList();
                }
                for (Manifest m : found) {
                    Manifest before = objects.putIfAbsent(key(m.kind(), m.name()), m);
                    if (before != null) {
                        problems.add(new Problem(
                                m.where(), m.kind() + " " + m.name() + " is defined twice, also in " + before.where()));
                    }
                }
            }
        }
        for (JsonNode entry : k.path("patchesStrategicMerge")) {
            strategicMerge(dir, entry.asText(), objects, problems, relative(file));
        }
        for (JsonNode entry : k.path("patches")) {
            JsonNode target = entry.path("target");
            if (target.isMissingNode()) {
                strategicMerge(
                        dir,
                        entry.has("path")
                                ? entry.path("path").asText()
                                : entry.path("patch").asText(),
                        objects,
                        problems,
                        relative(file));
            } else if (!target.has("kind") || KINDS.contains(target.path("kind").asText())) {
                problems.add(unsupported(file, "a patch with a target", target));
            }
        }
        for (JsonNode entry : k.path("patchesJson6902")) {
            JsonNode target = entry.path("target");
            if (KINDS.contains(target.path("kind").asText())) {
                problems.add(unsupported(file, "a JSON 6902 patch", target));
            }
        }
        for (String rename : List.of("namePrefix", "nameSuffix")) {
            if (k.has(rename) && !objects.isEmpty()) {
                problems.add(new Problem(
                        relative(file),
                        rename + " renames every KafkaTopic and KafkaUser, so every "
                                + "topic and user of the topology"));
            }
        }
        return new Layer(name, List.copyOf(objects.values()), problems);
    }

    private void strategicMerge(
            Path dir, String entry, Map<String, Manifest> objects, List<Problem> problems, String kustomization)
            throws IOException {
        boolean inline = entry.contains("\n");
        Path file = dir.resolve(inline ? "." : entry).normalize();
        List<JsonNode> patches = inline ? parse(entry, kustomization) : parse(file);
        String where = inline ? kustomization : relative(file);
        for (JsonNode patch : patches) {
            String kind = patch.path("kind").asText();
            if (!KINDS.contains(kind)) {
                continue;
            }
            String name = patch.path("metadata").path("name").asText();
            Manifest target = objects.get(key(kind, name));
            if (target == null) {
                problems.add(new Problem(where, "patches " + kind + " " + name + ", which its base does not have"));
            } else if (patch.path("$patch").asText().equals("delete")) {
                objects.remove(key(kind, name));
            } else {
                objects.put(key(kind, name), new Manifest(kind, name, mergePatch(target.object(), patch), where));
            }
        }
    }

    private Problem unsupported(Path kustomization, String what, JsonNode target) {
        return new Problem(
                relative(kustomization),
                what + " of " + target.path("kind").asText("any kind") + " "
                        + target.path("name").asText("")
                        + ", which the topology check cannot apply: patch KafkaTopics and "
                        + "KafkaUsers with patchesStrategicMerge");
    }

    /** RFC 7386: maps merge, null removes, anything else (lists included) replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        patch.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), mergePatch(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    private Optional<Manifest> manifest(JsonNode object, Path file) {
        String kind = object.path("kind").asText();
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        return Optional.of(
                new Manifest(kind, object.path("metadata").path("name").asText(), object, relative(file)));
    }

    private static String key(String kind, String name) {
        return kind + "/" + name;
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    private List<JsonNode> parse(Path file) throws IOException {
        return parse(Files.readString(file), relative(file));
    }

    private static List<JsonNode> parse(String yaml, String source) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml);
                MappingIterator<JsonNode> all = YAML.readValues(parser, JsonNode.class)) {
            while (all.hasNext()) {
                JsonNode document = all.next();
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        return documents;
    }
}
