package fi.polku.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode: the
 * attributes travel as {@code ce_*} headers, the record value is the event's JSON data and the record
 * key is the pathway id, so that one pathway's events stay in one partition and in order.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
