package fi.polku.referral.referral;

import fi.polku.platform.outbox.OutboxWriter;
import fi.polku.platform.problem.ProblemException;
import fi.polku.referral.client.Client;
import fi.polku.referral.client.ClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ReferralService {

    private final OutboxWriter outbox;
    private final ClientService clients;
    private final Clock clock;

    ReferralService(OutboxWriter outbox, ClientService clients, Clock clock) {
        this.outbox = outbox;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Stores the referral and its {@code referral.received} event in one transaction. The client must be
     * registered: the event's age band and municipality come from the client record.
     */
    @Transactional
    public Referral receive(NewReferral details) {
        Client client = clients.lookup(details.clientId()).orElseThrow(
                () -> ProblemException.invalidField("clientId", "no client with this id is registered"));
        Instant now = clock.instant();
        Referral referral = Referral.receive(details, client.ageGroupOn(now), client.disclosableMunicipalityCode(), now);
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
