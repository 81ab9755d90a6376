package fi.polku.e2e.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A service's OpenAPI document as the judge of its answers: each answer must have a status the operation documents,
 * and a JSON body valid against the schema documented for that status (OpenAPI 3.1's schemas are JSON Schema 2020-12,
 * so a standard validator reads them, with the document's components beside them for the references).
 */
final class DocumentedAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final String service;
    private final JsonNode document;
    private final Map<Pattern, String> templates = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final List<String> violations = new ArrayList<>();
    private int checked;

    DocumentedAnswers(String service, Path document) throws IOException {
        this.service = service;
        this.document = JSON.readTree(document.toFile());
        this.document
                .get("paths")
                .fieldNames()
                .forEachRemaining(template ->
                        templates.put(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), template));
    }

    /** Checks one answer; what is wrong with it is kept for {@link #violations()}. */
    synchronized void check(RecordingHttpClient.Answer answer) {
        checked++;
        String where = service + " " + answer.method() + " " + answer.uri().getPath() + " " + answer.status();
        String template = templates.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(answer.uri().getPath()).matches())
                .map(Map.Entry::getValue)
                .min((a, b) -> Integer.compare(a.split("\\{").length, b.split("\\{").length))
                .orElse(null);
        if (template == null) {
            violations.add(where + ": no such path in the document");
            return;
        }
        JsonNode response = document.path("paths")
                .path(template)
                .path(answer.method().toLowerCase())
                .path("responses")
                .path(String.valueOf(answer.status()));
        if (response.isMissingNode()) {
            violations.add(where + ": a status the document does not give for " + template);
            return;
        }
        String mediaType = answer.contentType().split(";")[0].strip();
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (answer.body().length > 0) {
                violations.add(where + ": a body where the document gives none");
            }
            return;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (schema.isMissingNode()) {
            violations.add(where + ": answered " + mediaType + ", documented " + fieldNames(content));
            return;
        }
        JsonSchema validator = compiled.computeIfAbsent(
                template + " " + answer.method() + " " + answer.status() + " " + mediaType, key -> compile(schema));
        try {
            validator
                    .validate(JSON.readTree(answer.body()))
                    .forEach(error -> violations.add(where + ": " + error.getMessage()));
        } catch (IOException e) {
            violations.add(where + ": not JSON: " + e.getMessage());
        }
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized int checked() {
        return checked;
    }
}
