package fi.polku.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.polku.platform.testing.Management;
import fi.polku.platform.testing.PolkuTest;
import fi.polku.platform.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requests the HTTP layer refuses before any endpoint sees them still get a problem+json answer, and leave no raw
 * path in the metrics. Sent over a plain socket, as a hostile client sends them: no client library tidies them up.
 */
@QuarkusTest
@PolkuTest
class HttpEdgeTest {

    private static final String BEARER = Tokens.bearer("liisa", "team-member");

    @TestHTTPResource("/")
    URI root;

    private record Answer(int status, String contentType, String body) {

        JsonPath problem() {
            assertTrue(
                    contentType.startsWith("application/problem+json"),
                    "not a problem: " + status + " '" + contentType + "' " + body);
            return new JsonPath(body);
        }
    }

    private Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answerHead = readHead(in);
            int status = Integer.parseInt(answerHead.split(" ")[1]);
            String type = header(answerHead, "content-type:");
            String length = header(answerHead, "content-length:");
            byte[] answerBody = length.isEmpty() ? new byte[0] : in.readNBytes(Integer.parseInt(length));
            return new Answer(status, type, new String(answerBody, StandardCharsets.UTF_8));
        }
    }

    private static String header(String head, String name) {
        return head.lines()
                .filter(l -> l.toLowerCase().startsWith(name))
                .map(l -> l.substring(name.length()).strip())
                .findFirst()
                .orElse("");
    }

    /** The status line and headers, read byte by byte up to the blank line that ends them. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + BEARER
                + "\r\nConnection: close\r\n\r\n";
    }

    @Test
    void anUndecodablePathIsA400Problem() throws IOException {
        for (String path :
                new String[] {"/api/client-things/%uFFFD", "/api/client-things/%E0%A4%A", "/api/things/%zz"}) {
            Answer answer = send(get(path), new byte[0]);
            assertEquals(400, answer.status(), path);
            assertEquals(400, answer.problem().getInt("status"), path);
        }
    }

    @Test
    void anOverlongUriIsA414Problem() throws IOException {
        Answer answer = send(get("/api/things/" + "a".repeat(20_000)), new byte[0]);
        assertEquals(414, answer.status());
        assertEquals("https://polku.fi/problems/http-414", answer.problem().getString("type"));
    }

    @Test
    void overlargeHeadersAreA431Problem() throws IOException {
        String head = "GET /api/things/" + UUID.randomUUID() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + BEARER + "\r\nX-Padding: " + "p".repeat(30_000) + "\r\nConnection: close\r\n\r\n";
        Answer answer = send(head, new byte[0]);
        assertEquals(431, answer.status());
        assertEquals(431, answer.problem().getInt("status"));
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws IOException {
        byte[] chunk = ("{\"text\": \"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/things/" + UUID.randomUUID() + "/notes HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + BEARER
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        byte[] body = (Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.UTF_8)
                        + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Answer answer = send(head, body);
        assertEquals(413, answer.status());
        assertEquals(413, answer.problem().getInt("status"));
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheEndpoint() throws IOException {
        byte[] chunk = "{\"text\": \"a note sent in chunks\"}".getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/things/" + UUID.randomUUID() + "/notes HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + BEARER
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        byte[] body = (Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.UTF_8)
                        + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(204, send(head, body).status(), "the body read here is the body the endpoint reads");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413ProblemBeforeItIsRead() throws IOException {
        String head = "POST /api/things/" + UUID.randomUUID() + "/notes HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + BEARER
                + "\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n";
        Answer answer = send(head, new byte[0]);
        assertEquals(413, answer.status());
        assertEquals("https://polku.fi/problems/http-413", answer.problem().getString("type"));
    }

    @Test
    void refusedRequestsLeaveNoRawPathInTheMetrics() throws IOException {
        String id = UUID.randomUUID().toString();
        send(
                "POST /api/things/" + id + "/notes HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999\r\n"
                        + "Connection: close\r\n\r\n",
                new byte[0]);
        send(get("/api/things/" + id + "/%zz"), new byte[0]);
        send(
                "GET /api/things/" + id + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(30_000)
                        + "\r\nConnection: close\r\n\r\n",
                new byte[0]);
        String metrics = Management.request()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(metrics.contains("http_server_requests"), "no request metrics at all");
        assertFalse(metrics.contains(id), "a raw path reached the metrics");
    }

    @Test
    void uriTagsKeepWordsAndTemplatesOnly() {
        assertEquals("/api/v1/clients/{id}", UriTags.templated("/api/v1/clients/{id}"));
        assertEquals("/api/v1/clients/{?}", UriTags.templated("/api/v1/clients/" + UUID.randomUUID()));
        assertEquals("/api/v1/clients/{?}/consents", UriTags.templated("/api/v1/clients/010190-123A/consents"));
        assertEquals("/api/v1/clients/{?}", UriTags.templated("/api/v1/clients/%E0%A4%A"));
        assertEquals("/dashboard/{code}.csv", UriTags.templated("/dashboard/{code}.csv"));
        assertEquals("/assets/dashboard.js", UriTags.templated("/assets/dashboard.js"));
        assertEquals("NOT_FOUND", UriTags.templated("NOT_FOUND"));
        assertEquals("/api/v1/clients/{?}", UriTags.templated("/api/v1/clients/Maija"), "a name is data");
    }
}
