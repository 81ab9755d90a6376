package fi.polku.team.intake;

import fi.polku.events.ReferralReceived;
import fi.polku.platform.paging.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class IntakeService {

    /** Adds a received referral to the intake; runs in the consumer's transaction after its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(ReferralReceived event) {
        if (IntakeReferral.findById(event.referralId()) == null) {
            IntakeReferral.of(event).persist();
        }
    }

    /** The intake, oldest first, optionally for one requested area (case-insensitive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IntakeReferral> list(String area, int page, int size) {
        Sort order = Sort.by("receivedAt").and("referralId");
        var query = area == null
                ? IntakeReferral.<IntakeReferral>findAll(order)
                : IntakeReferral.<IntakeReferral>find("lower(requestedArea) = lower(:area)", order,
                        Parameters.with("area", area));
        return new Page<>(query.page(page, size).list(), query.count(), page, size);
    }
}
