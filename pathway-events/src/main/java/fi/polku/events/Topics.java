package fi.polku.events;

/** Kafka topics of the Polku event bus: one per producing service and key, versioned with the contract. */
public final class Topics {

    public static final String REFERRAL = "pathway.referral.v1";
    public static final String TEAM = "pathway.team.v1";
    public static final String HEALTH_CHECK = "pathway.health-check.v1";
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

    /** Suffix of the topic that receives what a consumer of {@code topic} could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
