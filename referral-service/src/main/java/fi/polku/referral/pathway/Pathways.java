package fi.polku.referral.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Pathways {

    /** The client's open pathway, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Pathway> openFor(UUID clientId) {
        return Pathway.<Pathway>find("clientId = ?1 and status = ?2", clientId, PathwayStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
