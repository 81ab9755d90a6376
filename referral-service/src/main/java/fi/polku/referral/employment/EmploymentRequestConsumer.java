package fi.polku.referral.employment;

import fi.polku.platform.inbox.RecordProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code employment.referral-requests.v1}. Not through the idempotent-consumer helper: these are the
 * employment systems' own messages, not CloudEvents, and their business key, not an event id, makes them
 * idempotent. A refused request rolls back and goes to the group's dead-letter topic; a database that is away
 * is waited for.
 */
@ApplicationScoped
public class EmploymentRequestConsumer {

    private static final String CHANNEL = "employment-referral-requests";

    @Inject
    RecordProcessor processor;

    @Inject
    EmploymentReferralService service;

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CHANNEL, record, () -> service.receive(record.value()));
    }
}
