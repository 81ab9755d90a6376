package fi.polku.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the shared machinery, under {@code polku.*}. */
@ConfigMapping(prefix = "polku")
public interface PlatformConfig {

    /**
     * The CloudEvents source of the events this service produces, for example {@code /polku/referral-service}: the
     * producer the contract names for its topics ({@code Topics.source}), which every consumer checks.
     */
    String eventSource();

    Outbox outbox();

    Consumer consumer();

    Health health();

    Housekeeping housekeeping();

    Http http();

    interface Http {

        /**
         * The longest request line (method, URI and version) a request may have; longer is a 414 problem. Default
         * 8K; the HTTP codec's own limit ({@code quarkus.http.limits.max-initial-line-length}) must stay above it.
         */
        @WithDefault("8K")
        MemorySize maxUriLength();

        /**
         * The most header bytes a request may have; more is a 431 problem. Default 16K; the codec's own limit
         * ({@code quarkus.http.limits.max-header-size}) must stay above it.
         */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    interface Housekeeping {

        /**
         * How often published outbox rows and old consumer claims are deleted; default 1h. Read by
         * {@code Housekeeping}'s {@code @Scheduled}, which takes the property itself; declared here so that it is
         * a known, documented setting.
         */
        @WithDefault("1h")
        Duration interval();
    }

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

        /**
         * Failed attempts after which a row that the broker refuses for a reason of its own (too large, topic
         * unknown or not authorised) is parked; failures while the broker is away do not count; default 10.
         */
        @WithDefault("10")
        int maxAttempts();

        /** How long published rows are kept before housekeeping deletes them; default 7 days. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {

        /** First wait before a transiently failed record is tried again; the wait doubles each time; default 100ms. */
        @WithDefault("100ms")
        Duration retryInitialBackoff();

        /** The longest wait between two tries of a transiently failed record; default 10s. */
        @WithDefault("10s")
        Duration retryMaxBackoff();

        /**
         * How long a record whose failure is neither known to be transient nor proven poison is tried again (with
         * the same backoff, readiness down, a warning and {@code polku.consumer.retries} each time) before it is
         * dead-lettered, counted from its first failure; default 30 minutes: long enough for an operator to see
         * it and for a fault nobody foresaw to pass, short enough that a real bug does not hold a partition for
         * hours.
         */
        @WithDefault("30m")
        Duration unclassifiedRetryFor();

        /**
         * How long a consumer's claim of an event id is kept; longer than any redelivery window (an uncommitted
         * offset, a relay's resend after a lost acknowledgement); default 14 days.
         */
        @WithDefault("P14D")
        Duration claimRetention();
    }
}
