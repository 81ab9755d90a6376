package fi.polku.referral.client;

import fi.polku.events.AgeGroup;
import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientService {

    @Inject
    IdentityCodeProtector protector;

    @Inject
    Clock clock;

    /** Registers a client; one identity code is one client, so a second registration is a conflict. */
    @Transactional
    public Client register(IdentityCode code, ClientDetails details, String by) {
        if (Client.count("identityCodeLookup in ?1", protector.lookupHashes(code)) > 0) {
            throw new StateConflict("A client with this identity code is already registered");
        }
        Client client = Client.register(code, protector.seal(code), details, by, clock.instant());
        try {
            client.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                // Two registrations of the same code raced past the check above; the unique lookup caught it. (Both
                // sealed under the current pair: one under a standby pair is found by the check.)
                throw new StateConflict("A client with this identity code is already registered");
            }
            throw e;
        }
        return client;
    }

    @Transactional
    public Client update(UUID id, ClientDetails details, Client.Change change) {
        Client client = find(id);
        client.update(details, change, clock.instant());
        return client;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Client find(UUID id) {
        return lookup(id).orElseThrow(() -> new NotFound("No client " + id));
    }

    /** What pathway events may say about a registered client on a day: age band and municipality, never more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Disclosed> disclosedOn(UUID id, Instant at) {
        return lookup(id)
                .map(client -> new Disclosed(client.id, client.ageGroupOn(at), client.disclosableMunicipalityCode()));
    }

    /**
     * @param municipalityCode the home municipality's code, or null where the client's security ban withholds it
     */
    public record Disclosed(UUID clientId, AgeGroup ageGroup, String municipalityCode) {}

    /** The client with this id, if one is registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Client> lookup(UUID id) {
        return Client.findByIdOptional(id);
    }

    /** The client with exactly this identity code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Client findByIdentityCode(IdentityCode code) {
        return lookupByIdentityCode(code).orElseThrow(() -> new NotFound("No client with this identity code"));
    }

    /** The client with exactly this identity code, if one is registered, under whichever configured pair. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Client> lookupByIdentityCode(IdentityCode code) {
        return Client.<Client>find("identityCodeLookup in ?1", protector.lookupHashes(code))
                .firstResultOptional();
    }

    /** The client's identity code, decrypted, for the few who may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityCode identityCode(UUID id) {
        return find(id).identityCode(protector);
    }
}
