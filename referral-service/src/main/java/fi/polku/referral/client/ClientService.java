package fi.polku.referral.client;

import fi.polku.platform.persistence.Constraints;
import fi.polku.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientService {

    private final IdentityCodeProtector protector;
    private final Clock clock;

    ClientService(IdentityCodeProtector protector, Clock clock) {
        this.protector = protector;
        this.clock = clock;
    }

    /** Registers a client; one identity code is one client, so a second registration is a conflict. */
    @Transactional
    public Client register(IdentityCode code, ClientDetails details, String by) {
        byte[] lookup = protector.lookupHash(code);
        if (Client.count("identityCodeLookup", lookup) > 0) {
            throw ProblemException.conflict("A client with this identity code is already registered");
        }
        Client client = Client.register(code, protector.encrypt(code), lookup, details, by, clock.instant());
        try {
            client.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e)) {
                // Two registrations of the same code raced past the check above; the unique lookup caught it.
                throw ProblemException.conflict("A client with this identity code is already registered");
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
        return lookup(id).orElseThrow(() -> ProblemException.notFound("No client " + id));
    }

    /** The client with this id, if one is registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Client> lookup(UUID id) {
        return Client.findByIdOptional(id);
    }

    /** The client with exactly this identity code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Client findByIdentityCode(IdentityCode code) {
        return lookupByIdentityCode(code)
                .orElseThrow(() -> ProblemException.notFound("No client with this identity code"));
    }

    /** The client with exactly this identity code, if one is registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Client> lookupByIdentityCode(IdentityCode code) {
        return Client.<Client>find("identityCodeLookup", protector.lookupHash(code)).firstResultOptional();
    }

    /** The client's identity code, decrypted, for the few who may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityCode identityCode(UUID id) {
        return protector.decrypt(find(id).identityCodeSealed());
    }
}
