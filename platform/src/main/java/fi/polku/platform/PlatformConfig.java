package fi.polku.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the shared machinery, under {@code polku.*}. */
@ConfigMapping(prefix = "polku")
public interface PlatformConfig {

    /** The CloudEvents source of the events this service produces, for example {@code /polku/referral-service}. */
    String eventSource();

    Outbox outbox();

    Health health();

    interface Health {

        /** How long the readiness check waits for the Kafka broker before it reports DOWN; default 3s. */
        @WithDefault("3s")
        Duration kafkaTimeout();
    }

    interface Outbox {

        /** Whether this instance runs the relay at all; default true. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for unpublished rows when nothing wakes it; default 1s. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Rows the relay sends per batch before it waits for the broker's acknowledgements; default 500. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for a whole batch to be acknowledged before it gives up on it; default 30s. */
        @WithDefault("30s")
        Duration sendTimeout();
    }
}
