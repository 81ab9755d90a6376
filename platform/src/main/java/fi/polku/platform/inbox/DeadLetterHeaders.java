package fi.polku.platform.inbox;

/**
 * Headers a dead letter carries beside the original record's own headers, key and value; and the header
 * with which a replay addresses one consumer group.
 */
public final class DeadLetterHeaders {

    /** The consumer group that could not process the record. */
    public static final String GROUP = "polku-dlq-group";
    /** Where the record was read: topic, partition, offset. */
    public static final String TOPIC = "polku-dlq-topic";

    public static final String PARTITION = "polku-dlq-partition";
    public static final String OFFSET = "polku-dlq-offset";
    /** Why: the rule or contract clause broken, never a value. */
    public static final String REASON = "polku-dlq-reason";
    /** When it was dead-lettered, RFC 3339. */
    public static final String TIME = "polku-dlq-time";
    /** On a replayed record: the only consumer group that processes it; every other group skips it. */
    public static final String REPLAY_FOR = "polku-replay-for";

    private DeadLetterHeaders() {}
}
