package fi.polku.platform.accesslog;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The clients one request concerns, for its access log entry. A service names a client here when the answer
 * does not show it, above all when it refuses: a 404 given because the caller may not see the client is still
 * an attempt on that client's data.
 */
@RequestScoped
public class AccessLog {

    private final Set<UUID> clients = new LinkedHashSet<>();
    private boolean recorded;

    public void concerns(UUID clientId) {
        if (clientId != null) {
            clients.add(clientId);
        }
    }

    Set<UUID> clients() {
        return clients;
    }

    /** The entry was committed with the request's own work; the response filter has nothing left to write. */
    void recorded() {
        recorded = true;
    }

    boolean isRecorded() {
        return recorded;
    }
}
