package fi.polku.events;

import java.util.UUID;

/**
 * What referral-service passes on from an employment system's request, once it has resolved the identity code to a
 * client: keyed by the client, never carrying the code or names.
 */
public sealed interface EmploymentRequestEvent extends PolkuEvent permits EmploymentHealthCheckRequested {

    UUID clientId();

    @Override
    default UUID subject() {
        return clientId();
    }
}
