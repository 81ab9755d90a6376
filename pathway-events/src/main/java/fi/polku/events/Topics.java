package fi.polku.events;

import java.util.Optional;

/** Kafka topics of the Polku event bus: one per producing service and key, versioned with the contract. */
public final class Topics {

    public static final String REFERRAL = "pathway.referral.v1";
    public static final String TEAM = "pathway.team.v1";
    /** Health checks for the unemployed, keyed by client: a check need not belong to a pathway. */
    public static final String HEALTH_CHECK = "pathway.health-check.v1";
    /**
     * The professional network's registry: its standing teams keyed by team and its professionals keyed by
     * professional, each record the team or professional as they then were.
     */
    public static final String TEAM_REGISTRY = "registry.team.v1";
    /**
     * Employment systems' requests for a health check, as referral-service passes them on once it has resolved the
     * identity code: keyed by client, no code or names.
     */
    public static final String HEALTH_CHECK_REQUESTS = "client.health-check-requests.v1";
    /** Consent changes, keyed by client. */
    public static final String CONSENT = "client.consent.v1";
    /** What a TE or municipal employment system may know of its own clients' pathways. */
    public static final String EMPLOYMENT_PATHWAY_UPDATES = "employment.pathway-updates.v1";
    /**
     * Referral requests from TE and municipal employment systems. Not a Polku event topic: the requests
     * carry the identity code and names, follow their own schema ({@code /fi/polku/events/schemas/
     * employment.referral-request.v1.json}) and only referral-service reads them.
     */
    public static final String EMPLOYMENT_REFERRAL_REQUESTS = "employment.referral-requests.v1";

    private static final String REFERRAL_SERVICE = "/polku/referral-service";
    private static final String TEAM_SERVICE = "/polku/team-service";
    private static final String HEALTH_CHECK_SERVICE = "/polku/health-check-service";

    /** Infix of the dead-letter topics: {@code <topic>.dlq.<consumer group>}. */
    public static final String DEAD_LETTER_INFIX = ".dlq.";

    private Topics() {}

    /**
     * The CloudEvents {@code source} of the one service that writes {@code topic}; a consumer takes an event on it
     * from nobody else. Empty for a topic that is not a Polku event topic (the employment systems' requests).
     */
    public static Optional<String> source(String topic) {
        return Optional.ofNullable(
                switch (topic) {
                    case REFERRAL, CONSENT, HEALTH_CHECK_REQUESTS, EMPLOYMENT_PATHWAY_UPDATES -> REFERRAL_SERVICE;
                    case TEAM, TEAM_REGISTRY -> TEAM_SERVICE;
                    case HEALTH_CHECK -> HEALTH_CHECK_SERVICE;
                    default -> null;
                });
    }

    /**
     * The topic that receives what consumer group {@code group} could not process from {@code topic}. One per
     * group, so a dead letter says whose read model lacks it and a replay reaches that group alone; it keeps
     * the original topic as its prefix, so a prefixed ACL on a topic covers its dead letters too.
     */
    public static String deadLetter(String topic, String group) {
        return topic + DEAD_LETTER_INFIX + group;
    }
}
