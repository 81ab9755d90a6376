package fi.polku.e2e.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judge GeneratedClientsTest relies on finds each kind of answer its document does not allow. */
class DocumentedAnswersTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {"/api/v1/things/{id}": {"get": {"responses": {
              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "404": {"content": {"application/problem+json": {"schema": {"type": "object", "required": ["status"]}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "note"],
               "properties": {"id": {"type": "string"}, "note": {"type": ["string", "null"]}}}}}}""";

    @TempDir
    Path dir;

    @Test
    void anAnswerAsDocumentedPasses() throws IOException {
        assertEquals(List.of(), violations(200, "application/json", "{\"id\": \"a\", \"note\": null}"));
        assertEquals(List.of(), violations(404, "application/problem+json", "{\"status\": 404}"));
    }

    @Test
    void eachDepartureFromTheDocumentIsFound() throws IOException {
        assertViolation(200, "application/json", "{\"note\": \"x\"}", "id");
        assertViolation(200, "application/json", "{\"id\": null, \"note\": null}", "id");
        assertViolation(201, "application/json", "{\"id\": \"a\", \"note\": null}", "does not give");
        assertViolation(200, "text/csv", "id\na", "documented");
        assertViolation(200, "application/json", "not json", "not JSON");
    }

    private void assertViolation(int status, String type, String body, String naming) throws IOException {
        List<String> found = violations(status, type, body);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(naming), found.get(0));
    }

    private List<String> violations(int status, String type, String body) throws IOException {
        Path file = dir.resolve("openapi.json");
        Files.writeString(file, DOCUMENT);
        DocumentedAnswers answers = new DocumentedAnswers("thing", file);
        answers.check(new RecordingHttpClient.Answer(
                "GET",
                URI.create("http://127.0.0.1/api/v1/things/42"),
                status,
                type + "; charset=UTF-8",
                body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, answers.checked());
        return answers.violations();
    }
}
