package fi.polku.referral.employment;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code employment.referral-requests.v1}. Not through the idempotent-consumer helper: these are the
 * employment systems' own messages, not CloudEvents, and their business key, not an event id, makes them
 * idempotent. A refused request rolls back and goes to the dead-letter topic.
 */
@ApplicationScoped
public class EmploymentRequestConsumer {

    private final EmploymentReferralService service;

    EmploymentRequestConsumer(EmploymentReferralService service) {
        this.service = service;
    }

    @Incoming("employment-referral-requests")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        service.receive(record.value());
    }
}
