package fi.polku.platform.app;

import fi.polku.platform.accesslog.AccessLog;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.RateLimited;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A client's data behind the access log: shown to a team member, refused (and still logged) to anyone else. */
@Path("/api/client-things")
@RolesAllowed(Role.TEAM_MEMBER)
@AccessLogged(Purpose.CLIENT_CARE)
public class ClientThingResource {

    public record ClientThing(UUID clientId, String organisation, Set<UUID> teams, String caller)
            implements ClientData {}

    private final Caller caller;
    private final AccessLog accessLog;
    private final NoteService notes;

    ClientThingResource(Caller caller, AccessLog accessLog, NoteService notes) {
        this.caller = caller;
        this.accessLog = accessLog;
        this.notes = notes;
    }

    @GET
    @Path("/{clientId}")
    @OpenToOutsideOrganisations
    public ClientThing find(@PathParam("clientId") @ClientOf(ClientOf.CLIENT) UUID clientId) {
        return new ClientThing(clientId, caller.organisation().code(), caller.teams(), caller.id());
    }

    /** Writes a note about the client (and its event), as any use case writes: in the request's transaction. */
    @PUT
    @Path("/{clientId}/note")
    public ClientThing note(
            @PathParam("clientId") @ClientOf(ClientOf.CLIENT) UUID clientId,
            @Valid @NotNull ThingResource.NoteRequest note) {
        notes.write(clientId, note.text(), false);
        return find(clientId);
    }

    /** A search someone might use to guess identities, so it is limited. */
    @GET
    @Path("/search")
    @RateLimited(perMinute = 3)
    public List<ClientThing> search() {
        return List.of();
    }

    /** Lists two clients; the second is refused when the caller has no team, naming it for the log. */
    @GET
    @Path("/pair/{first}/{second}")
    public List<ClientThing> pair(
            @PathParam("first") @ClientOf(ClientOf.CLIENT) UUID first,
            @PathParam("second") @ClientOf(ClientOf.CLIENT) UUID second) {
        if (caller.teams().isEmpty()) {
            accessLog.concerns(second);
            throw new NotFound("No client " + second);
        }
        return List.of(find(first), find(second));
    }
}
