package fi.polku.topology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A copy of what the topology check reads (the declaration, deploy/k8s's base and overlays, the services'
 * application.properties) in a directory of its own, to make one mistake in. Every edit fails the test when what it
 * changes is not there, so no test passes because its mistake was never made.
 */
final class Fixture {

    private static final YAMLMapper YAML = new YAMLMapper();

    final Path root;

    Fixture(Path dir) throws IOException {
        this.root = dir;
        copy(Topology.FILE);
        copyTree("deploy/k8s/base");
        copyTree("deploy/k8s/overlays");
        copy(TopologyCheck.PLATFORM_DEFAULTS);
        for (String service :
                Topology.read(Repository.ROOT.resolve(Topology.FILE)).services().keySet()) {
            copy(service + "/src/main/resources/application.properties");
        }
    }

    List<Problem> check() throws IOException {
        return TopologyCheck.of(root).check();
    }

    /** Replaces the first {@code from} in {@code file} by {@code to}. */
    Fixture edit(String file, String from, String to) throws IOException {
        String text = Files.readString(root.resolve(file));
        int at = text.indexOf(from);
        assertTrue(at >= 0, file + " has no '" + from + "' to change");
        Files.writeString(root.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
        return this;
    }

    Fixture append(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), Files.readString(root.resolve(file)) + "\n" + text + "\n");
        return this;
    }

    /** Removes every line of {@code file} that starts with {@code prefix}. */
    Fixture removeLines(String file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file));
        assertTrue(lines.removeIf(line -> line.startsWith(prefix)), file + " has no line starting " + prefix);
        Files.write(root.resolve(file), lines);
        return this;
    }

    /** Changes the object {@code kind}/{@code name} of a multi-document YAML file. */
    Fixture change(String file, String kind, String name, Consumer<ObjectNode> change) throws IOException {
        return rewrite(file, kind, name, (object, kept) -> {
            change.accept((ObjectNode) object);
            kept.add(object);
        });
    }

    /** Removes the object {@code kind}/{@code name} from a multi-document YAML file. */
    Fixture remove(String file, String kind, String name) throws IOException {
        return rewrite(file, kind, name, (object, kept) -> {});
    }

    private interface Rewrite {
        void apply(JsonNode object, List<JsonNode> kept);
    }

    private Fixture rewrite(String file, String kind, String name, Rewrite rewrite) throws IOException {
        List<JsonNode> kept = new ArrayList<>();
        boolean found = false;
        try (var documents = YAML.readerFor(JsonNode.class)
                .<JsonNode>readValues(root.resolve(file).toFile())) {
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object.path("kind").asText().equals(kind)
                        && object.path("metadata").path("name").asText().equals(name)) {
                    found = true;
                    rewrite.apply(object, kept);
                } else {
                    kept.add(object);
                }
            }
        }
        assertTrue(found, file + " has no " + kind + "/" + name);
        StringBuilder out = new StringBuilder();
        for (JsonNode object : kept) {
            out.append(YAML.writeValueAsString(object));
        }
        Files.writeString(root.resolve(file), out.toString());
        return this;
    }

    private void copy(String file) throws IOException {
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(Repository.ROOT.resolve(file), target);
    }

    private void copyTree(String dir) throws IOException {
        try (Stream<Path> files = Files.walk(Repository.ROOT.resolve(dir))) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    copy(Repository.ROOT.relativize(f).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
