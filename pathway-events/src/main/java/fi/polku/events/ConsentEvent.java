package fi.polku.events;

import java.util.UUID;

/**
 * A change of a client's consent to share pathway data. Consent belongs to the client, not to one
 * pathway (it may be given before any pathway opens), so these facts are keyed by the client.
 */
public sealed interface ConsentEvent extends PolkuEvent permits ConsentGiven, ConsentWithdrawn {

    UUID clientId();

    @Override
    default UUID subject() {
        return clientId();
    }
}
