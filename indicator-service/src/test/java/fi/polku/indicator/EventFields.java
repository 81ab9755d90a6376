package fi.polku.indicator;

import java.util.HashMap;
import java.util.Map;

/** The fields the tests set on the contract's sample events. */
public final class EventFields {

    private EventFields() {}

    /** The fields that every event of one thing names (its ids), and one event's own. */
    public static <V> Map<String, V> and(Map<String, V> shared, Map<String, V> own) {
        Map<String, V> fields = new HashMap<>(shared);
        fields.putAll(own);
        return fields;
    }
}
