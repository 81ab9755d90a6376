package fi.polku.events;

/** Kafka topics of the pathway event bus: one per producing service, versioned with the contract. */
public final class Topics {

    public static final String REFERRAL = "pathway.referral.v1";
    public static final String TEAM = "pathway.team.v1";
    public static final String HEALTH_CHECK = "pathway.health-check.v1";

    /** Suffix of the topic that receives what a consumer of {@code topic} could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
