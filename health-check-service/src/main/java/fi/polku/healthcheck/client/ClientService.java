package fi.polku.healthcheck.client;

import fi.polku.events.EmploymentHealthCheckRequested;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PolkuEvent;
import fi.polku.events.ReferralReceived;
import fi.polku.platform.rule.RuleBroken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The clients read model: kept from referrals, pathway openings and employment systems' health-check requests, read by
 * checks and the worklist.
 */
@ApplicationScoped
public class ClientService {

    @Inject
    EntityManager em;

    /** Applies an event in the consumer's transaction after its claim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PolkuEvent event) {
        switch (event) {
            case ReferralReceived referral -> locked(referral.clientId()).apply(referral);
            case PathwayOpened opened -> locked(opened.clientId()).apply(opened);
            case EmploymentHealthCheckRequested request ->
                locked(request.clientId()).apply(request);
            default -> {}
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownClient> find(UUID clientId) {
        return KnownClient.findByIdOptional(clientId);
    }

    /** The client, for a check: one health-check-service has heard of, else a RuleBroken (known-client) naming the field. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownClient known(UUID clientId, String field) {
        return find(clientId).orElseThrow(() -> unknown(field));
    }

    /** As {@link #known}, with the client's row locked: what is decided for one client is decided one at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownClient lockedKnown(UUID clientId, String field) {
        return Optional.ofNullable(em.find(KnownClient.class, clientId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> unknown(field));
    }

    private static RuleBroken unknown(String field) {
        return new RuleBroken(
                "known-client",
                field,
                "is not a client health-check-service knows of: it learns clients from their referrals");
    }

    /**
     * The client's row, locked; a first event makes it. Two pathways of one client may be consumed at once (the topic
     * is keyed by pathway), so the row is made with an insert that yields to the other's rather than failing. Its
     * {@code as_of} starts at the epoch: any event is newer.
     */
    private KnownClient locked(UUID clientId) {
        em.createNativeQuery("insert into known_client (client_id, as_of) values (?1, timestamptz 'epoch') "
                        + "on conflict (client_id) do nothing")
                .setParameter(1, clientId)
                .executeUpdate();
        return em.find(KnownClient.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    }
}
