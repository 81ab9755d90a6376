package fi.polku.platform.app;

import fi.polku.events.AgeGroup;
import fi.polku.events.ReferralReceived;
import fi.polku.events.ReferralSource;
import fi.polku.platform.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class NoteService {

    private final OutboxWriter outbox;

    NoteService(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** Persists a note and records a referral.received event for {@code pathwayId}, atomically. */
    @Transactional
    public ReferralReceived write(UUID pathwayId, String text, boolean failAfterwards) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        note.persist();
        ReferralReceived event = new ReferralReceived(
                note.id,
                pathwayId,
                UUID.randomUUID(),
                AgeGroup.AGE_25_34,
                ReferralSource.KELA,
                "564",
                text,
                null,
                null,
                Instant.now());
        outbox.append(event, event.receivedAt());
        if (failAfterwards) {
            throw new IllegalStateException("rolled back on purpose");
        }
        return event;
    }

    /**
     * As {@link #write}, but holds its transaction open after the event is appended until {@code release}, as a
     * slow use case would, after counting down {@code appended}.
     */
    @Transactional
    public ReferralReceived writeAndHold(UUID pathwayId, String text, CountDownLatch appended, CountDownLatch release)
            throws InterruptedException {
        ReferralReceived event = write(pathwayId, text, false);
        appended.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return event;
    }
}
