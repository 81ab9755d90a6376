package fi.polku.e2e.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Records that break the event contract, for every consumed topic, and the valid events sent right after
 * them: a consumer must set the poison aside (to its group's dead-letter topic, or skip it when the type is
 * none of its business) and go on with what follows.
 */
final class Poison {

    /** The employment systems' topic: their own JSON, not CloudEvents, so no type can be unknown to its reader. */
    static final String EMPLOYMENT_REQUESTS = "employment.referral-requests.v1";

    enum Kind {
        BAD_DATA("valid CloudEvents headers, data not matching the contract", true),
        UNKNOWN_VERSION("a known type at an unknown version (.v9)", true),
        NOT_JSON("a value that is not JSON", true),
        UNKNOWN_TYPE("a type no contract version knows", false);

        final String description;
        final boolean deadLettered;

        Kind(String description, boolean deadLettered) {
            this.description = description;
            this.deadLettered = deadLettered;
        }
    }

    /** One poison record; {@code eventId} is its {@code ce_id}, which its dead letter carries on. */
    record Sent(String topic, String eventId, String key, String value, Kind kind) {}

    /** A valid record sent after the poison; {@code id} is its event id, or the external reference of a request. */
    record FollowUp(String topic, String id) {}

    private Poison() {}

    static List<Sent> send(Bus bus, Collection<String> topics) {
        List<Sent> sent = new ArrayList<>();
        for (String topic : topics) {
            String type = typeOf(topic);
            List<Kind> kinds = topic.equals(EMPLOYMENT_REQUESTS)
                    ? List.of(Kind.BAD_DATA, Kind.NOT_JSON)
                    : List.of(Kind.BAD_DATA, Kind.UNKNOWN_VERSION, Kind.UNKNOWN_TYPE);
            for (Kind kind : kinds) {
                String key = UUID.randomUUID().toString();
                String value = switch (kind) {
                    case BAD_DATA -> """
                            {"pathwayId": "not-a-uuid", "clientId": "not-a-uuid", "referralId": 42,
                             "receivedAt": "yesterday", "assembledAt": "yesterday", "completedAt": "yesterday",
                             "givenAt": "yesterday", "externalReference": {"not": "a string"}}""";
                    case NOT_JSON -> "this is not JSON {";
                    case UNKNOWN_VERSION, UNKNOWN_TYPE -> validData(topic, key);
                };
                String typeName = switch (kind) {
                    case UNKNOWN_VERSION -> type + ".v9";
                    case UNKNOWN_TYPE -> "fi.polku.fault-suite.no-such-thing.v1";
                    default -> type + ".v1";
                };
                sent.add(new Sent(topic, UUID.randomUUID().toString(), key, value, kind));
                bus.send(List.of(cloudEvent(topic, sent.getLast().eventId(), typeName, key, value)));
            }
        }
        return sent;
    }

    /**
     * Valid records after the poison on the consumed topics no live traffic reaches (the load only writes to
     * referral-service, whose own topics carry on by themselves): proof that each consumer went on.
     */
    static List<FollowUp> sendFollowUps(Bus bus, Collection<String> topics, UUID pathwayId) {
        List<FollowUp> followUps = new ArrayList<>();
        String now = Instant.now().toString();
        for (String topic : topics) {
            String id = UUID.randomUUID().toString();
            switch (topic) {
                case "pathway.team.v1" ->
                    bus.send(List.of(cloudEvent(
                            topic,
                            id,
                            "fi.polku.team.assembled.v1",
                            pathwayId.toString(),
                            validData(topic, pathwayId.toString()))));
                case "pathway.health-check.v1" -> {
                    String client = UUID.randomUUID().toString();
                    bus.send(List.of(cloudEvent(
                            topic,
                            id,
                            "fi.polku.health-check.completed.v1",
                            client,
                            healthCheckCompleted(client, pathwayId.toString()))));
                }
                case EMPLOYMENT_REQUESTS -> {
                    id = "FAULTS-" + id;
                    bus.send(List.of(new ProducerRecord<>(topic, id, """
                            {"externalReference": "%s", "organisationType": "EMPLOYMENT_SERVICES",
                             "referringOrganisation": "Oulun seudun työllisyysalue",
                             "client": {"identityCode": "%s", "firstNames": "Maija", "lastName": "Esimerkki", "municipalityCode": "564"},
                             "reasons": ["LONG_TERM_UNEMPLOYMENT"], "labourMarketStatus": "UNEMPLOYED", "unemployedSince": "2024-09-01",
                             "consent": {"validFrom": "%s"}, "sentAt": "%s"}""".formatted(
                            id, Clients.freshIdentityCode(), LocalDate.now(ZoneId.of("Europe/Helsinki")), now))));
                }
                default -> {
                    continue; // carried on by the live load
                }
            }
            followUps.add(new FollowUp(topic, id));
        }
        return followUps;
    }

    /** The contract's type (without version) that lives on {@code topic}. */
    private static String typeOf(String topic) {
        return switch (topic) {
            case "pathway.team.v1" -> "fi.polku.team.assembled";
            case "pathway.health-check.v1" -> "fi.polku.health-check.completed";
            case "client.consent.v1" -> "fi.polku.consent.given";
            case "registry.team.v1" -> "fi.polku.network.standing-team-changed";
            case "client.health-check-requests.v1" -> "fi.polku.employment.health-check-requested";
            case EMPLOYMENT_REQUESTS -> "fi.polku.employment.referral-request";
            default -> "fi.polku.referral.received";
        };
    }

    /** Data that would be valid for the topic's v1 type, keyed by {@code key}: only the type name is wrong. */
    private static String validData(String topic, String key) {
        String now = Instant.now().toString();
        return switch (topic) {
            case "pathway.team.v1" -> """
                    {"pathwayId": "%s", "clientTeamId": "%s", "members": [{"professionalId": "%s",
                     "profession": "SOCIAL_WORKER", "organisationType": "COUNTY"}], "coordinatorId": "%3$s",
                     "assembledAt": "%s"}""".formatted(key, UUID.randomUUID(), UUID.randomUUID(), now);
            case "pathway.health-check.v1" ->
                healthCheckCompleted(key, UUID.randomUUID().toString());
            case "client.consent.v1" -> """
                    {"consentId": "%s", "clientId": "%s", "organisationTypes": ["KELA"], "validFrom": "2026-01-01", "givenAt": "%s"}""".formatted(UUID.randomUUID(), key, now);
            default -> """
                    {"referralId": "%s", "pathwayId": "%s", "clientId": "%s", "ageGroup": "AGE_35_44",
                     "source": "KELA", "municipalityCode": "564", "requestedArea": "Oulu", "receivedAt": "%s"}""".formatted(UUID.randomUUID(), key, UUID.randomUUID(), now);
        };
    }

    /** A health check of {@code client} on {@code pathway}: the topic is keyed by client, the pathway is a field. */
    private static String healthCheckCompleted(String client, String pathway) {
        return """
                {"clientId": "%s", "pathwayId": "%s", "healthCheckId": "%s", "assessment": "PARTIALLY_ABLE",
                 "followUps": ["TEAM_REFERRAL"], "completedAt": "%s"}""".formatted(client, pathway, UUID.randomUUID(), Instant.now());
    }

    /**
     * The CloudEvents source of the topic's one producer, as the services check it: the poison must be refused for
     * what it is meant to break, and the valid follow-ups applied, not both refused for their sender.
     */
    private static String producerOf(String topic) {
        return switch (topic) {
            case "pathway.team.v1", "registry.team.v1" -> "/polku/team-service";
            case "pathway.health-check.v1" -> "/polku/health-check-service";
            case EMPLOYMENT_REQUESTS -> "/te-system/fault-suite";
            default -> "/polku/referral-service";
        };
    }

    private static ProducerRecord<String, String> cloudEvent(
            String topic, String id, String type, String subject, String data) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", id);
        header(headers, "ce_source", producerOf(topic));
        header(headers, "ce_type", type);
        header(headers, "ce_subject", subject);
        header(headers, "ce_time", Instant.now().toString());
        header(headers, "content-type", "application/json");
        return new ProducerRecord<>(topic, null, subject, data, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
