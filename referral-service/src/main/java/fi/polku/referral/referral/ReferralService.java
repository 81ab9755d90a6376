package fi.polku.referral.referral;

import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class ReferralService {

    private final OutboxWriter outbox;
    private final Clock clock;

    ReferralService(OutboxWriter outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores the referral and its {@code referral.received} event in one transaction. */
    @Transactional
    public Referral receive(NewReferral details) {
        Referral referral = Referral.receive(details, clock.instant());
        referral.persist();
        outbox.append(referral.receivedEvent(), referral.receivedAt());
        return referral;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Referral find(UUID id) {
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("No referral " + id);
        }
        return referral;
    }
}
