package fi.polku.referral.pathway;

import fi.polku.events.Outcome;
import fi.polku.events.PathwayType;
import fi.polku.events.ServiceShortfallReason;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.RateLimited;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pathways")
@Tag(name = "Pathways", description = "Episodes of support: outcome, feedback, reopening")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN, Role.REFERRAL_HANDLER})
@AccessLogged(Purpose.CLIENT_CARE)
public class PathwayResource {

    private static final String PATHWAY_EXAMPLE = """
            {"id": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "type": "UNEMPLOYED", "area": "Oulu", "team": "Oulu keskusta",
             "teamId": "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01", "status": "CLOSED",
             "openedAt": "2026-03-04T10:00:00Z", "outcome": "EMPLOYED_SUBSIDISED", "feedbackScore": 4,
             "feedbackText": "Sain apua nopeasti.", "closedAt": "2026-09-30T12:00:00Z", "reopenings": []}""";

    @Inject
    PathwayService pathways;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @Schema(name = "ClosePathway")
    public record CloseRequest(
            @Schema(example = "EMPLOYED_SUBSIDISED") @NotNull
            Outcome outcome,

            @Schema(description = "The client's feedback, if given") @Valid
            Feedback feedback,

            @Schema(
                    description = "Required while service referrals of the pathway are still planned or "
                            + "started: they end with it, those planned as not realised and those started as "
                            + "interrupted, for this reason")
            @Valid
            OpenServices openServices) {}

    @Schema(name = "OpenServicesAtClose")
    public record OpenServices(
            @Schema(example = "CLIENT_MOVED") @NotNull ServiceShortfallReason reason,

            @Schema(
                    description = "Whether the client found work: required while supported employment (IPS) "
                            + "that started is still open, absent otherwise",
                    example = "false")
            Boolean employed) {}

    @Schema(name = "ClientFeedback")
    public record Feedback(
            @Schema(example = "4") @NotNull @Min(1) @Max(5) Integer score,

            @Schema(example = "Sain apua nopeasti.") @Size(max = 4000)
            String text) {}

    @Schema(name = "ReopenPathway")
    public record ReopenRequest(
            @Schema(example = "Työsuhde päättyi koeajalla.") @NotBlank @Size(max = 4000)
            String reason) {}

    @Schema(name = "Reopening")
    public record ReopeningView(
            @Schema(example = "EMPLOYED_SUBSIDISED") Outcome previousOutcome,
            @Schema(example = "Työsuhde päättyi koeajalla.") String reason,
            @Schema(example = "p-1042") String reopenedBy,
            @Schema(example = "2026-10-15T09:00:00Z") Instant reopenedAt) {}

    @Schema(name = "Pathway", example = PATHWAY_EXAMPLE)
    public record PathwayView(
            UUID id,
            UUID clientId,
            PathwayType type,
            String area,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) UUID teamId,
            PathwayStatus status,
            Instant openedAt,
            @Schema(nullable = true) Outcome outcome,
            @Schema(nullable = true) Integer feedbackScore,
            @Schema(nullable = true) String feedbackText,
            @Schema(nullable = true) Instant closedAt,
            List<ReopeningView> reopenings)
            implements ClientData {}

    private PathwayView view(Pathway p) {
        return new PathwayView(
                p.id,
                p.clientId,
                p.type,
                p.area,
                p.team,
                p.teamId,
                p.status,
                p.openedAt,
                p.outcome,
                p.feedbackScore,
                p.feedbackText,
                p.closedAt,
                pathways.reopenings(p.id).stream()
                        .map(r -> new ReopeningView(r.previousOutcome, r.reason, r.reopenedBy, r.reopenedAt))
                        .toList());
    }

    @GET
    @RateLimited(perMinute = 120)
    @Operation(
            summary = "List pathways",
            description = "Filtered, in a stable order (by opening, then id), with the total.")
    @APIResponse(responseCode = "200", description = "One page of pathways")
    @APIResponse(
            responseCode = "400",
            description = "A filter, the sort or paging is malformed; the parameter is named")
    @OpenToOutsideOrganisations
    public Page<PathwayView> list(
            @Parameter(description = "OPEN or CLOSED", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "Pathway type", example = "UNEMPLOYED") @QueryParam("type") String type,
            @Parameter(description = "Area, any case", example = "Oulu") @QueryParam("area") @Size(min = 1, max = 100)
                    String area,
            @Parameter(description = "Team, any case", example = "Oulu keskusta")
                    @QueryParam("team")
                    @Size(min = 1, max = 100)
                    String team,
            @Parameter(description = "One client's pathways") @QueryParam("clientId") String clientId,
            @Parameter(description = "Opened on or after this day (Finnish time)", example = "2026-01-01")
                    @QueryParam("openedFrom")
                    String openedFrom,
            @Parameter(description = "Opened on or before this day (Finnish time)", example = "2026-12-31")
                    @QueryParam("openedTo")
                    String openedTo,
            @Parameter(description = "openedAt (oldest first) or -openedAt (newest first)", example = "-openedAt")
                    @QueryParam("sort")
                    @DefaultValue("-openedAt")
                    @Pattern(regexp = "-?openedAt", message = "must be openedAt or -openedAt")
                    String sort,
            @Valid @BeanParam PageParams paging) {
        PathwayFilter filter = new PathwayFilter(
                QueryParams.enumValue("status", status, PathwayStatus.class),
                QueryParams.enumValue("type", type, PathwayType.class),
                Optional.ofNullable(area),
                Optional.ofNullable(team),
                QueryParams.uuid("clientId", clientId),
                QueryParams.date("openedFrom", openedFrom),
                QueryParams.date("openedTo", openedTo),
                sort.startsWith("-"));
        return pathways.list(access.scope(filter), paging.page(), paging.size()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a pathway, with its outcome and reopenings")
    @APIResponse(responseCode = "200", description = "The pathway")
    @APIResponse(responseCode = "404", description = "No such pathway")
    @OpenToOutsideOrganisations
    public PathwayView find(@PathParam("id") @ClientOf("pathway") UUID id) {
        return view(access.pathway(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Close a pathway with an outcome",
            description = "Publishes pathway.closed, after pathway.service-referral.ended for each service referral "
                    + "still open, which ends with the pathway for openServices.reason.")
    @RequestBody(
            content =
                    @Content(
                            examples = {
                                @ExampleObject(name = "Subsidised work", value = """
                                            {"outcome": "EMPLOYED_SUBSIDISED", "feedback": {"score": 4, "text": "Sain apua nopeasti."}}"""),
                                @ExampleObject(name = "A planned service ends with it", value = """
                                            {"outcome": "MOVED_AWAY", "openServices": {"reason": "CLIENT_MOVED"}}""")
                            }))
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Already closed")
    @APIResponse(
            responseCode = "422",
            description = "Service referrals are still planned or started and no openServices.reason was given "
                    + "(rule open-service-referrals); they are named")
    public PathwayView close(@PathParam("id") @ClientOf("pathway") UUID id, @Valid @NotNull CloseRequest request) {
        access.pathway(id);
        Feedback feedback = request.feedback();
        OpenServices open = request.openServices();
        return view(pathways.close(
                id,
                request.outcome(),
                feedback == null ? null : feedback.score(),
                feedback == null ? null : feedback.text(),
                new PathwayClosing(id, open == null ? null : open.reason(), open == null ? null : open.employed())));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Reopen a closed pathway",
            description = "Recorded with the reason; publishes pathway.reopened.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Job ended", value = """
            {"reason": "Työsuhde päättyi koeajalla."}""")))
    @APIResponse(responseCode = "200", description = "Open again")
    @APIResponse(responseCode = "409", description = "Not closed, or the client has another open pathway")
    public PathwayView reopen(@PathParam("id") @ClientOf("pathway") UUID id, @Valid @NotNull ReopenRequest request) {
        access.pathway(id);
        return view(pathways.reopen(id, request.reason(), caller.id()));
    }
}
