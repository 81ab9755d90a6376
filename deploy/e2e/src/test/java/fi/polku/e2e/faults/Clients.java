package fi.polku.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registers the clients the load refers, straight over HTTP (a stack subcommand per client is slow). */
final class Clients {

    /** Municipalities the stack's demo data uses; every fifth client has a security ban (no municipality on the bus). */
    private static final List<String> MUNICIPALITIES = List.of("564", "139", "678", "305", "398");

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private Clients() {}

    static List<UUID> register(int count, String professionalToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<UUID> clients = new ArrayList<>();
        for (int attempt = 0; clients.size() < count && attempt < count * 3; attempt++) {
            int i = clients.size();
            String body = """
                    {"identityCode": "%s", "details": {"firstNames": "Demo", "lastName": "Esimerkki",
                     "municipalityCode": "%s", "preferredLanguage": "fi", "securityBan": %s}}""".formatted(freshIdentityCode(), MUNICIPALITIES.get(i % MUNICIPALITIES.size()), i % 5 == 4);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(FaultStack.STACK.url("referral") + "/api/v1/clients"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + professionalToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() == 201 && id.find()) {
                clients.add(UUID.fromString(id.group(1)));
            } else if (response.statusCode() != 409) { // 409: the made-up code is taken, try another
                throw new IllegalStateException(
                        "registering a client failed: " + response.statusCode() + " " + response.body());
            }
        }
        return clients;
    }

    /** A valid made-up identity code: born 1960–1999, individual number 900–999, check character as DVV specifies. */
    static String freshIdentityCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String date =
                String.format("%02d%02d%02d", random.nextInt(1, 29), random.nextInt(1, 13), random.nextInt(60, 100));
        String individual = String.valueOf(random.nextInt(900, 1000));
        return date + "-" + individual
                + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(Integer.parseInt(date + individual) % 31);
    }
}
