package fi.polku.team;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import fi.polku.events.EventType;
import fi.polku.platform.security.Role;
import fi.polku.platform.testing.TestEvents;
import fi.polku.platform.testing.Tokens;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayService;
import fi.polku.team.pathway.PathwayStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The network, pathways and client teams that team-service's tests stand on, made the way users and the bus make them. */
public final class TestTeams {

    public static final String ADMIN = Tokens.as("aija").roles(Role.TEAM_ADMIN).bearer();

    /** The standing teams tests have named, by name: each is made once, the first time it is needed. */
    private static final Map<String, String> TEAMS = new ConcurrentHashMap<>();
    /** A county team member per team name: a professional the registry puts in that team, and their token. */
    private static final Map<String, Member> MEMBERS = new ConcurrentHashMap<>();

    /** A professional of the registry and the token that names them. */
    public record Member(String id, String bearer) {}

    private TestTeams() {}

    /**
     * A county team member's token for the standing team named {@code team}: the registry holds them as a
     * professional of that team, which is what makes its pathways theirs.
     */
    public static String member(String team) {
        return countyMember(team).bearer();
    }

    /** The county team member of {@link #member}: what they do is recorded under their id. */
    public static Member countyMember(String team) {
        return MEMBERS.computeIfAbsent(team, name -> newMember(name, "COUNTY", Role.TEAM_MEMBER));
    }

    /** The token of a new professional of {@code organisation} in the standing team named {@code team}. */
    public static String member(String team, String organisation, String... roles) {
        return newMember(team, organisation, roles).bearer();
    }

    private static Member newMember(String team, String organisation, String... roles) {
        String id = professional("WORK_ABILITY_COORDINATOR", organisation, false, "0.5", teamId(team));
        return new Member(
                id,
                Tokens.as("member-" + id.substring(0, 8))
                        .roles(roles)
                        .organisation(organisation)
                        .professionalId(id)
                        .bearer());
    }

    /** The id of the work-ability team named {@code name}, made in area Oulu if no test has made it yet. */
    public static String teamId(String name) {
        return TEAMS.computeIfAbsent(name, n -> create(n, "WORK_ABILITY_TEAM", "Oulu"));
    }

    public static String standingTeam(String name, String kind, String area) {
        String id = create(name, kind, area);
        TEAMS.put(name, id);
        return id;
    }

    private static String create(String name, String kind, String area) {
        return post(ADMIN, "/api/v1/teams", """
                {"name": "%s", "kind": "%s", "area": "%s"}""".formatted(name, kind, area))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A professional of the network, in the standing teams given by id. */
    public static String professional(
            String profession, String organisation, boolean socialWelfare, String fte, String... teams) {
        String teamList = teams.length == 0 ? "" : "\"" + String.join("\", \"", teams) + "\"";
        return post(ADMIN, "/api/v1/professionals", """
                {"name": "Testi %s", "profession": "%s", "organisationType": "%s", "socialWelfare": %s, "fte": %s,
                 "teams": [%s]}""".formatted(
                                profession, profession, organisation, socialWelfare, fte, teamList))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Publishes pathway.opened for a new client in the standing team named {@code team}, accepted at
     * {@code openedAt}, and waits until team-service knows it. Returns [pathwayId, clientId].
     */
    public static UUID[] openPathway(String team, String area, Instant openedAt) {
        return openPathway(team, teamId(team), area, openedAt);
    }

    /** As above, for the standing team {@code teamId} of the network. */
    public static UUID[] openPathway(String team, String teamId, String area, Instant openedAt) {
        UUID pathway = UUID.randomUUID();
        UUID client = UUID.randomUUID();
        TestEvents.publish(
                EventType.PATHWAY_OPENED,
                UUID.randomUUID(),
                pathway,
                openedAt.toString(),
                TestEvents.sample(
                        EventType.PATHWAY_OPENED,
                        Map.of(
                                "pathwayId",
                                pathway.toString(),
                                "clientId",
                                client.toString(),
                                "team",
                                team,
                                "teamId",
                                teamId,
                                "area",
                                area,
                                "openedAt",
                                openedAt.toString())));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> KnownPathway.findByIdOptional(pathway).isPresent()));
        return new UUID[] {pathway, client};
    }

    /** Publishes pathway.closed and waits until team-service's read model has it. */
    public static void closePathway(PathwayService pathways, UUID pathway, UUID client) {
        publishPathwayEvent(
                EventType.PATHWAY_CLOSED, pathway, client, Instant.now().toString());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> pathways.find(pathway).map(known -> known.status))
                        .equals(Optional.of(PathwayStatus.CLOSED)));
    }

    /**
     * Publishes {@code type} (pathway.closed or pathway.reopened) about the client's pathway at {@code time}, without
     * waiting for team-service to apply it.
     */
    public static void publishPathwayEvent(EventType<?> type, UUID pathway, UUID client, String time) {
        TestEvents.publish(
                type,
                UUID.randomUUID(),
                pathway,
                time,
                TestEvents.sample(type, Map.of("pathwayId", pathway.toString(), "clientId", client.toString())));
    }

    /** consent.given's data: the client consents from {@code validFrom} to {@code validUntil}. */
    public static String consentGiven(UUID client, String validFrom, String validUntil) {
        return TestEvents.sample(
                EventType.CONSENT_GIVEN,
                Map.of(
                        "consentId",
                        UUID.randomUUID().toString(),
                        "clientId",
                        client.toString(),
                        "validFrom",
                        validFrom,
                        "validUntil",
                        validUntil));
    }

    /** Publishes consent.given at {@code time}, as referral-service does, without waiting for it to be applied. */
    public static void giveConsent(UUID client, String time, String validFrom, String validUntil) {
        TestEvents.publish(
                EventType.CONSENT_GIVEN, UUID.randomUUID(), client, time, consentGiven(client, validFrom, validUntil));
    }

    /** Publishes consent.withdrawn at {@code time}, effective from {@code effectiveFrom}. */
    public static void withdrawConsent(UUID client, String time, String effectiveFrom) {
        TestEvents.publish(
                EventType.CONSENT_WITHDRAWN,
                UUID.randomUUID(),
                client,
                time,
                TestEvents.sample(
                        EventType.CONSENT_WITHDRAWN,
                        Map.of(
                                "consentId",
                                UUID.randomUUID().toString(),
                                "clientId",
                                client.toString(),
                                "effectiveFrom",
                                effectiveFrom)));
    }

    /** Composes the pathway's client team as the county member of the standing team named {@code team}. */
    public static ValidatableResponse compose(String team, UUID pathway, String coordinator, String... members) {
        return composeAs(member(team), pathway, coordinator, members);
    }

    /** Composes the pathway's client team as the holder of {@code bearer}. */
    public static ValidatableResponse composeAs(String bearer, UUID pathway, String coordinator, String... members) {
        return composeWith(bearer, pathway, "", coordinator, members);
    }

    /** Composes as the holder of {@code bearer}, with {@code more} fields after the coordinator. */
    public static ValidatableResponse composeWith(
            String bearer, UUID pathway, String more, String coordinator, String... members) {
        List<String> named = new ArrayList<>();
        for (String member : members) {
            named.add("{\"professionalId\": \"" + member + "\", \"roleInCase\": \"jäsen\"}");
        }
        return put(
                bearer,
                "/api/v1/pathways/{id}/team",
                "{\"members\": [" + String.join(", ", named) + "], \"coordinatorId\": \"" + coordinator + "\"" + more
                        + "}",
                pathway);
    }

    /** GETs {@code path} as the holder of {@code bearer}. */
    public static ValidatableResponse get(String bearer, String path, Object... params) {
        return get(bearer, Map.of(), path, params);
    }

    /** GETs {@code path} with the query parameters {@code query} as the holder of {@code bearer}. */
    public static ValidatableResponse get(String bearer, Map<String, ?> query, String path, Object... params) {
        return given().header("Authorization", bearer)
                .queryParams(query)
                .when()
                .get(path, params)
                .then();
    }

    /** POSTs the JSON {@code body} to {@code path} as the holder of {@code bearer}. */
    public static ValidatableResponse post(String bearer, String path, String body, Object... params) {
        return send(Method.POST, bearer, path, body, params);
    }

    /** PUTs the JSON {@code body} to {@code path} as the holder of {@code bearer}. */
    public static ValidatableResponse put(String bearer, String path, String body, Object... params) {
        return send(Method.PUT, bearer, path, body, params);
    }

    private static ValidatableResponse send(Method method, String bearer, String path, String body, Object... params) {
        return given().header("Authorization", bearer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .request(method, path, params)
                .then();
    }
}
