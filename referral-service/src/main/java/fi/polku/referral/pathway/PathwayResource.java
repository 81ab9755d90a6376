package fi.polku.referral.pathway;

import fi.polku.events.Outcome;
import fi.polku.events.PathwayType;
import fi.polku.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pathways")
@Tag(name = "Pathways", description = "Episodes of support: outcome, feedback, reopening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("professional")
public class PathwayResource {

    private static final String PATHWAY_EXAMPLE = """
            {"id": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "type": "UNEMPLOYED", "area": "Oulu", "team": "Oulu keskusta", "status": "CLOSED",
             "openedAt": "2026-03-04T10:00:00Z", "outcome": "EMPLOYED_SUBSIDISED", "feedbackScore": 4,
             "feedbackText": "Sain apua nopeasti.", "closedAt": "2026-09-30T12:00:00Z", "reopenings": []}""";

    private final PathwayService pathways;
    private final SecurityIdentity caller;

    PathwayResource(PathwayService pathways, SecurityIdentity caller) {
        this.pathways = pathways;
        this.caller = caller;
    }

    @Schema(name = "ClosePathway")
    public record CloseRequest(@Schema(example = "EMPLOYED_SUBSIDISED") @NotNull Outcome outcome,
            @Schema(description = "The client's feedback, if given") @Valid Feedback feedback) {
    }

    @Schema(name = "ClientFeedback")
    public record Feedback(@Schema(example = "4") @NotNull @Min(1) @Max(5) Integer score,
            @Schema(example = "Sain apua nopeasti.") @Size(max = 4000) String text) {
    }

    @Schema(name = "ReopenPathway")
    public record ReopenRequest(
            @Schema(example = "Työsuhde päättyi koeajalla.") @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "Reopening")
    public record ReopeningView(@Schema(example = "EMPLOYED_SUBSIDISED") Outcome previousOutcome,
            @Schema(example = "Työsuhde päättyi koeajalla.") String reason,
            @Schema(example = "liisa") String reopenedBy,
            @Schema(example = "2026-10-15T09:00:00Z") Instant reopenedAt) {
    }

    @Schema(name = "Pathway")
    public record PathwayView(UUID id, UUID clientId, PathwayType type, String area, String team, PathwayStatus status,
            Instant openedAt, Outcome outcome, Integer feedbackScore, String feedbackText, Instant closedAt,
            List<ReopeningView> reopenings) {
    }

    private PathwayView view(Pathway p) {
        return new PathwayView(p.id(), p.clientId(), p.type(), p.area(), p.team(), p.status(), p.openedAt(),
                p.outcome(), p.feedbackScore(), p.feedbackText(), p.closedAt(), pathways.reopenings(p.id()).stream()
                        .map(r -> new ReopeningView(r.previousOutcome(), r.reason(), r.reopenedBy(), r.reopenedAt()))
                        .toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a pathway, with its outcome and reopenings")
    @APIResponse(responseCode = "200", description = "The pathway",
            content = @Content(schema = @Schema(implementation = PathwayView.class),
                    examples = @ExampleObject(name = "Closed", value = PATHWAY_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such pathway",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PathwayView find(@PathParam("id") UUID id) {
        return view(pathways.find(id));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a pathway with an outcome", description = "Publishes pathway.closed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Subsidised work", value = """
            {"outcome": "EMPLOYED_SUBSIDISED", "feedback": {"score": 4, "text": "Sain apua nopeasti."}}""")))
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = PathwayView.class)))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PathwayView close(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        Feedback feedback = request.feedback();
        return view(pathways.close(id, request.outcome(), feedback == null ? null : feedback.score(),
                feedback == null ? null : feedback.text()));
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a closed pathway", description = "Recorded with the reason; publishes pathway.reopened.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Job ended", value = """
            {"reason": "Työsuhde päättyi koeajalla."}""")))
    @APIResponse(responseCode = "200", description = "Open again",
            content = @Content(schema = @Schema(implementation = PathwayView.class)))
    @APIResponse(responseCode = "409", description = "Not closed, or the client has another open pathway",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PathwayView reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenRequest request) {
        return view(pathways.reopen(id, request.reason(), caller.getPrincipal().getName()));
    }
}
