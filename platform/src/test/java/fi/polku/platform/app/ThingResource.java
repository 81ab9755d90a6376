package fi.polku.platform.app;

import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Endpoints that fail in each way the problem mappers must handle. */
@Path("/api/things")
@RolesAllowed(Role.TEAM_MEMBER)
public class ThingResource {

    private final NoteService notes;

    ThingResource(NoteService notes) {
        this.notes = notes;
    }

    public enum Colour {
        RED,
        GREEN
    }

    public record ThingRequest(
            @NotNull UUID id,
            @NotBlank String name,
            @NotNull Colour colour,

            @Pattern(regexp = "\\d{3}", message = "must be 3 digits")
            String municipalityCode,

            LocalDate since,
            @Min(1) @Max(5) Integer score,
            List<@NotBlank String> tags,
            List<@Valid Part> parts) {}

    public record Part(@NotBlank String label) {}

    @POST
    public ThingRequest create(@Valid @NotNull ThingRequest request) {
        return request;
    }

    @GET
    @Path("/{id}")
    public String find(@PathParam("id") UUID id, @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        if (id.getLeastSignificantBits() == 0) {
            throw new IllegalStateException("secret internal detail");
        }
        throw new NotFound("No thing " + id);
    }

    public record NoteRequest(@NotBlank String text) {}

    /** Writes to the database, so that it fails when the database is away or refuses the text. */
    @POST
    @Path("/{id}/notes")
    public void note(@PathParam("id") UUID id, @Valid @NotNull NoteRequest note) {
        notes.write(id, note.text(), false);
    }

    @POST
    @Path("/{id}/close")
    public void close(@PathParam("id") UUID id) {
        throw new StateConflict("Thing " + id + " is already closed");
    }
}
