package fi.polku.e2e.clients;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.polku.client.healthcheck.api.HealthChecksApi;
import fi.polku.client.healthcheck.model.HealthCheck;
import fi.polku.client.healthcheck.model.HealthCheckBooking;
import fi.polku.client.healthcheck.model.HealthCheckRequest;
import fi.polku.client.healthcheck.model.HealthCheckRequester;
import fi.polku.client.indicator.api.IndicatorsApi;
import fi.polku.client.referral.api.ClientsApi;
import fi.polku.client.referral.api.PathwaysApi;
import fi.polku.client.referral.api.ReferralsApi;
import fi.polku.client.referral.model.Client;
import fi.polku.client.referral.model.ClientDetails;
import fi.polku.client.referral.model.ClientRequest;
import fi.polku.client.referral.model.LabourMarketStatus;
import fi.polku.client.referral.model.Language;
import fi.polku.client.referral.model.Referral;
import fi.polku.client.referral.model.ReferralReason;
import fi.polku.client.referral.model.ReferralRequest;
import fi.polku.client.referral.model.ReferralSource;
import fi.polku.client.team.api.TeamsApi;
import fi.polku.client.team.model.Team;
import fi.polku.client.team.model.TeamKind;
import fi.polku.client.team.model.TeamRequest;
import fi.polku.e2e.LocalStack;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Another system's developer's view of the API: a Java client generated from each service's OpenAPI document (by
 * openapi-generator in this module's build, from the documents the services' builds wrote) calls the four services
 * running as processes, and every answer the generated code reads is first checked against the document it was
 * generated from: a documented status, and a body valid against that status's schema (required fields present,
 * {@code null} only where the document allows it). The generated code reads with unknown properties refused, so an
 * undocumented field fails too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientsTest {

    /** Ports 18181–18184 and Kafka 19192, run directory deploy/e2e/target/clients-stack, databases polku_clients_*. */
    private static final LocalStack STACK = new LocalStack("clients-stack", 18180, 19192, "polku_clients", 15443);

    private static final Map<String, DocumentedAnswers> DOCUMENTS = new HashMap<>();
    private static final Map<String, String> TOKENS = new HashMap<>();

    private static UUID clientId;
    private static UUID pathwayId;

    @BeforeAll
    static void startStack() throws IOException {
        for (String service : LocalStack.SERVICES) {
            DOCUMENTS.put(
                    service,
                    new DocumentedAnswers(
                            service, STACK.root().resolve(service + "-service/target/openapi/openapi.json")));
        }
        STACK.up();
        for (String user : List.of("liisa", "aija", "hanna", "anni")) {
            TOKENS.put(user, "Bearer " + STACK.token(user));
        }
    }

    @AfterAll
    static void stopStack() {
        STACK.down();
    }

    @AfterEach
    void everyAnswerWasAsDocumented() {
        DOCUMENTS.forEach((service, answers) ->
                assertEquals(List.of(), answers.violations(), service + "'s answers that its document does not allow"));
    }

    @Test
    @Order(1)
    void referralServiceRegistersAClientAndReceivesAReferral() throws Exception {
        fi.polku.client.referral.ApiClient api = referral("liisa");
        Client client = new ClientsApi(api)
                .register(new ClientRequest()
                        .identityCode(madeUpIdentityCode())
                        .details(new ClientDetails()
                                .firstNames("Generoitu")
                                .lastName("Asiakas")
                                .municipalityCode("564")
                                .preferredLanguage(Language.FI)
                                .securityBan(false)));
        clientId = client.getId();
        assertEquals("Asiakas", new ClientsApi(api).findClient(clientId).getLastName());

        ReferralsApi referrals = new ReferralsApi(api);
        Referral referral = referrals
                .receive(
                        new ReferralRequest()
                                .clientId(clientId)
                                .source(ReferralSource.KELA)
                                .referringOrganisation("Kela, Oulu")
                                .reasons(Set.of(ReferralReason.LONG_TERM_UNEMPLOYMENT))
                                .labourMarketStatus(LabourMarketStatus.UNEMPLOYED)
                                .unemployedSince(LocalDate.of(2024, 9, 1)),
                        UUID.randomUUID().toString())
                .getReferral();
        pathwayId = referral.getPathwayId();
        assertEquals(referral.getId(), referrals.findReferral(referral.getId()).getId());
        assertEquals(
                List.of(referral.getId()),
                referrals
                        .listReferral(null, clientId.toString(), null, null, null, null, null, null, null, null, null)
                        .getItems()
                        .stream()
                        .map(Referral::getId)
                        .toList());
        // The pathway opens when the referral is accepted: until then its id is a 404, a problem as documented.
        fi.polku.client.referral.ApiException notYet = assertThrows(
                fi.polku.client.referral.ApiException.class, () -> new PathwaysApi(api).findPathway(pathwayId));
        assertEquals(404, notYet.getCode());
        assertAnswersChecked("referral", 6);
    }

    @Test
    @Order(2)
    void teamServiceKeepsTheNetwork() throws Exception {
        TeamsApi teams = new TeamsApi(team("aija"));
        Team created = teams.createTeam(new TeamRequest()
                .name("Generoitu tiimi " + UUID.randomUUID())
                .kind(TeamKind.WORK_ABILITY_TEAM)
                .area("Oulu")
                .municipalityCodes(Set.of("564")));
        assertEquals(created.getName(), teams.findTeam(created.getId()).getName());
        assertTrue(teams.listTeam(null, "Oulu", null, null, 200).getItems().stream()
                .anyMatch(team -> team.getId().equals(created.getId())));
        assertAnswersChecked("team", 3);
    }

    @Test
    @Order(3)
    void healthCheckServiceRequestsAndBooksACheck() throws Exception {
        HealthChecksApi checks = new HealthChecksApi(healthCheck("hanna"));
        // The referral reaches health-check-service over the broker: until then the client is not known there.
        HealthCheck requested = await().atMost(Duration.ofSeconds(60))
                .ignoreExceptionsMatching(
                        e -> e instanceof fi.polku.client.healthcheck.ApiException api && api.getCode() == 422)
                .until(
                        () -> checks.request(new HealthCheckRequest()
                                .clientId(clientId)
                                .pathwayId(pathwayId)
                                .requestedBy(HealthCheckRequester.NURSE)),
                        check -> check != null);
        HealthCheck booked = checks.book(
                requested.getId(),
                new HealthCheckBooking()
                        .appointmentAt(
                                OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0))
                        .unit("Oulun terveysasema")
                        .professional("Terveydenhoitaja Hanna Heikkinen")
                        .remote(false));
        assertNotNull(booked.getBooking());
        assertEquals(
                booked.getBooking(),
                checks.findHealthCheck(requested.getId(), null).getBooking());
        assertEquals(
                List.of(requested.getId()),
                checks.ofClientHealthCheck(clientId.toString(), null, null).getItems().stream()
                        .map(HealthCheck::getId)
                        .toList());
        assertAnswersChecked("health-check", 4);
    }

    @Test
    @Order(4)
    void indicatorServiceGivesItsCatalogueAndFigures() throws Exception {
        IndicatorsApi indicators = new IndicatorsApi(indicator("anni"));
        assertTrue(indicators.catalogue().stream().anyMatch(entry -> "REFERRALS_BY_SOURCE".equals(entry.getCode())));
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        assertEquals(
                "REFERRALS_BY_SOURCE",
                indicators
                        .figures("REFERRALS_BY_SOURCE", month, month, null, null)
                        .getIndicator());
        assertAnswersChecked("indicator", 2);
    }

    private static void assertAnswersChecked(String service, int atLeast) {
        int checked = DOCUMENTS.get(service).checked();
        assertTrue(checked >= atLeast, service + ": " + checked + " answers checked, " + atLeast + " expected");
    }

    private static Consumer<HttpRequest.Builder> bearer(String user) {
        String token = TOKENS.get(user);
        return request -> request.header("Authorization", token);
    }

    /** The generated clients' own mapper, refusing what the document does not name. */
    private static ObjectMapper strict(ObjectMapper generated) {
        return generated.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    private static RecordingHttpClient recorder(String service) {
        return new RecordingHttpClient(DOCUMENTS.get(service)::check);
    }

    private static fi.polku.client.referral.ApiClient referral(String user) {
        return new fi.polku.client.referral.ApiClient(
                        recorder("referral").builder(),
                        strict(fi.polku.client.referral.ApiClient.createDefaultObjectMapper()),
                        STACK.url("referral"))
                .setRequestInterceptor(bearer(user));
    }

    private static fi.polku.client.team.ApiClient team(String user) {
        return new fi.polku.client.team.ApiClient(
                        recorder("team").builder(),
                        strict(fi.polku.client.team.ApiClient.createDefaultObjectMapper()),
                        STACK.url("team"))
                .setRequestInterceptor(bearer(user));
    }

    private static fi.polku.client.healthcheck.ApiClient healthCheck(String user) {
        return new fi.polku.client.healthcheck.ApiClient(
                        recorder("health-check").builder(),
                        strict(fi.polku.client.healthcheck.ApiClient.createDefaultObjectMapper()),
                        STACK.url("health-check"))
                .setRequestInterceptor(bearer(user));
    }

    private static fi.polku.client.indicator.ApiClient indicator(String user) {
        return new fi.polku.client.indicator.ApiClient(
                        recorder("indicator").builder(),
                        strict(fi.polku.client.indicator.ApiClient.createDefaultObjectMapper()),
                        STACK.url("indicator"))
                .setRequestInterceptor(bearer(user));
    }

    /**
     * A made-up Finnish identity code in the temporary range (individual number 900–999), born in 1980–1999, with
     * its check character: the service validates the checksum, and a random one is rarely taken.
     */
    private static String madeUpIdentityCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1980 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int individual = 900 + random.nextInt(100);
        String date = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        long number = Long.parseLong(date + String.format("%03d", individual));
        return date + "-" + String.format("%03d", individual)
                + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (number % 31));
    }
}
