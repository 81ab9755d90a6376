package fi.polku.healthcheck.followup;

import fi.polku.events.FollowUpResult;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
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

@Path("/api/v1/follow-ups")
@Tag(name = "Follow-ups", description = "What health checks led to, per responsible professional and area")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
@AccessLogged(Purpose.HEALTH_CARE)
public class FollowUpResource {

    private static final String FOLLOW_UP_EXAMPLE = """
            {"id": "5f607182-93a4-4b5c-8d6e-7f8091a2b3c4", "healthCheckId": "4e5f6071-8293-44a5-b5c6-d7e8f9012345",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "followUp": "DOCTOR_APPOINTMENT",
             "responsible": "Lääkäri Virtanen, Oulun terveysasema", "area": "Oulu", "openedAt": "2026-03-12T11:00:00Z",
             "result": null, "closedAt": null}""";

    @Schema(name = "FollowUp", example = FOLLOW_UP_EXAMPLE)
    public record FollowUpView(
            UUID id,
            UUID healthCheckId,
            UUID clientId,
            HealthCheckFollowUp followUp,
            String responsible,

            @Schema(nullable = true, description = "The client's area as known when it opened; none if not known")
            String area,

            Instant openedAt,
            @Schema(nullable = true) FollowUpResult result,
            @Schema(nullable = true) Instant closedAt)
            implements ClientData {

        static FollowUpView of(FollowUp f) {
            return new FollowUpView(
                    f.id,
                    f.healthCheckId,
                    f.clientId,
                    f.followUp,
                    f.responsible,
                    f.area,
                    f.openedAt,
                    f.result,
                    f.closedAt);
        }
    }

    @Schema(name = "FollowUpClosure")
    public record ClosureRequest(
            @Schema(example = "DONE") @NotNull FollowUpResult result) {}

    @Inject
    FollowUpService followUps;

    @GET
    @Operation(
            summary = "Follow-ups",
            description = "Open ones unless open=false, by responsible and area, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    @APIResponse(responseCode = "400", description = "A filter or paging is malformed; the parameter is named")
    public Page<FollowUpView> list(
            @Parameter(
                            description = "Who is responsible, as recorded (any case)",
                            example = "Lääkäri Virtanen, Oulun terveysasema")
                    @QueryParam("responsible")
                    @Size(min = 1, max = 200)
                    String responsible,
            @Parameter(description = "The client's area, any case", example = "Oulu")
                    @QueryParam("area")
                    @Size(min = 1, max = 100)
                    String area,
            @Parameter(description = "true (the default) or false", example = "true")
                    @QueryParam("open")
                    @Pattern(regexp = "true|false", message = "must be true or false")
                    String open,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        // JAX-RS hands an empty parameter over as none: the filters are read as sent, so that an empty one is refused.
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return followUps
                .list(
                        Optional.ofNullable(query.getFirst("responsible")),
                        Optional.ofNullable(query.getFirst("area")),
                        !"false".equals(open),
                        paging.page(),
                        paging.size())
                .map(FollowUpView::of);
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Close a follow-up with its result",
            description = "Once; publishes health-check.follow-up-closed.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Done", value = """
            {"result": "DONE"}""")))
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "No result, or not a known one")
    @APIResponse(responseCode = "404", description = "No such follow-up")
    @APIResponse(responseCode = "409", description = "Closed already")
    public FollowUpView close(@PathParam("id") @ClientOf("follow-up") UUID id, @Valid @NotNull ClosureRequest request) {
        return FollowUpView.of(followUps.close(id, request.result()));
    }
}
