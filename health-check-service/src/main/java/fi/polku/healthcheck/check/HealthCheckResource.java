package fi.polku.healthcheck.check;

import fi.polku.events.HealthCheckCancellation;
import fi.polku.events.HealthCheckRequester;
import fi.polku.healthcheck.check.CheckViews.CheckView;
import fi.polku.healthcheck.check.CheckViews.FollowUpView;
import fi.polku.healthcheck.check.CheckViews.VersionView;
import fi.polku.healthcheck.followup.FollowUpService;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.SingleLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/health-checks")
@Tag(name = "Health checks", description = "Health checks for the unemployed, from request to a structured record")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
@AccessLogged(Purpose.HEALTH_CARE)
public class HealthCheckResource {

    private static final Set<HealthCheckRequester> ASKED_HERE =
            Set.of(HealthCheckRequester.WORKLIST, HealthCheckRequester.NURSE, HealthCheckRequester.CLIENT_TEAM);

    @Schema(name = "HealthCheckRequest")
    public record CheckRequest(
            @NotNull UUID clientId,

            @Schema(nullable = true, description = "One of the client's pathways, when the check belongs to one")
            UUID pathwayId,

            @Schema(description = "WORKLIST, NURSE (the default) or CLIENT_TEAM", example = "WORKLIST")
            HealthCheckRequester requestedBy) {}

    @Schema(name = "HealthCheckBooking")
    public record BookingRequest(
            @Schema(example = "2026-03-12T10:00:00Z") @NotNull
            Instant appointmentAt,

            @Schema(example = "Oulun terveysasema") @NotBlank @Size(max = 200) @SingleLine
            String unit,

            @Schema(example = "Terveydenhoitaja Hanna Heikkinen") @NotBlank @Size(max = 200) @SingleLine
            String professional,

            @Schema(example = "false") boolean remote) {}

    @Schema(name = "HealthCheckCancellationRequest")
    public record CancellationRequest(
            @Schema(example = "CLIENT_CANCELLED") @NotNull HealthCheckCancellation reason) {}

    @Schema(name = "HealthCheckAmendment")
    public record AmendmentRequest(
            @Schema(description = "Why the record is corrected", example = "PHQ-9 kirjattu väärin: oikea arvo 9.")
            @NotBlank
            @Size(max = 2000)
            String reason,

            @NotNull @Valid RecordContent record) {}

    @Inject
    HealthCheckService checks;

    @Inject
    FollowUpService followUps;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for a health check",
            description = "For a client health-check-service knows, on one of "
                    + "their pathways or none. A client has at most one check requested or booked. Publishes "
                    + "health-check.requested.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "From the worklist", value = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "pathwayId": null, "requestedBy": "WORKLIST"}""")))
    @APIResponseSchema(value = CheckView.class, responseCode = "201", responseDescription = "Requested")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the field is named")
    @APIResponse(responseCode = "409", description = "The client already has a check requested or booked")
    @APIResponse(
            responseCode = "422",
            description = "An unknown client (known-client) or another client's pathway " + "(client-pathway)")
    @ResponseStatus(201)
    public CheckView request(@Valid @NotNull CheckRequest request) {
        HealthCheckRequester by = request.requestedBy() == null ? HealthCheckRequester.NURSE : request.requestedBy();
        if (!ASKED_HERE.contains(by)) {
            throw new InvalidField(
                    "requestedBy",
                    "must be WORKLIST, NURSE or CLIENT_TEAM: employment " + "systems ask through their request topic");
        }
        return view(checks.request(request.clientId(), request.pathwayId(), by, caller.id()), null);
    }

    @GET
    @Operation(summary = "A client's health checks", description = "Newest first, paged; clientId is required.")
    @APIResponse(responseCode = "200", description = "One page of checks")
    @APIResponse(responseCode = "400", description = "clientId is missing or malformed")
    public Page<CheckView> ofClient(
            @Parameter(description = "The client", required = true, example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
                    @QueryParam("clientId")
                    String clientId,
            @Valid @BeanParam PageParams paging) {
        UUID client =
                QueryParams.uuid("clientId", clientId).orElseThrow(() -> new InvalidField("clientId", "is required"));
        return checks.ofClient(client, paging.page(), paging.size()).map(check -> view(check, null));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read a health check",
            description = "With its latest record, or the version asked for; every " + "version stays readable.")
    @APIResponse(responseCode = "200", description = "The check")
    @APIResponse(responseCode = "404", description = "No such check, or no such version")
    public CheckView find(
            @PathParam("id") @ClientOf("health-check") UUID id,
            @Parameter(description = "A version of the record, from 1", example = "1") @QueryParam("version") @Min(1)
                    Integer version) {
        return view(existing(id), version);
    }

    @POST
    @Path("/{id}/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Book the check, or move its booking",
            description = "Publishes health-check.booked "
                    + "(rescheduled when it was booked before); unit and professional stay here.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "At the health centre", value = """
            {"appointmentAt": "2026-03-12T10:00:00Z", "unit": "Oulun terveysasema",
             "professional": "Terveydenhoitaja Hanna Heikkinen", "remote": false}""")))
    @APIResponse(responseCode = "200", description = "Booked")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (an appointment in the past)")
    @APIResponse(responseCode = "404", description = "No such check")
    @APIResponse(responseCode = "409", description = "The check is cancelled, a no-show or completed")
    public CheckView book(@PathParam("id") @ClientOf("health-check") UUID id, @Valid @NotNull BookingRequest request) {
        return view(
                checks.book(
                        id,
                        new HealthCheck.Booking(
                                request.appointmentAt(), request.unit(), request.professional(), request.remote())),
                null);
    }

    @POST
    @Path("/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Cancel the check",
            description =
                    "With a coded reason; the client is back on the worklist. " + "Publishes health-check.cancelled.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Client cancelled", value = """
            {"reason": "CLIENT_CANCELLED"}""")))
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "No reason, or not a known one")
    @APIResponse(responseCode = "404", description = "No such check")
    @APIResponse(responseCode = "409", description = "Not requested or booked any more")
    public CheckView cancel(
            @PathParam("id") @ClientOf("health-check") UUID id, @Valid @NotNull CancellationRequest request) {
        return view(checks.cancel(id, request.reason()), null);
    }

    @POST
    @Path("/{id}/no-show")
    @Operation(
            summary = "Mark that the client did not come",
            description = "Once the appointment has passed; the "
                    + "client is back on the worklist. Publishes health-check.no-show.")
    @APIResponse(responseCode = "200", description = "Marked")
    @APIResponse(responseCode = "404", description = "No such check")
    @APIResponse(responseCode = "409", description = "Not booked, or the appointment has not come yet")
    public CheckView noShow(@PathParam("id") @ClientOf("health-check") UUID id) {
        return view(checks.noShow(id), null);
    }

    @POST
    @Path("/{id}/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record the held check",
            description = "Completes it with a structured record: the Avohilmo "
                    + "visit, the work ability score, findings by area, screenings, the assessment and follow-ups with who is "
                    + "responsible. Publishes health-check.completed with the coded assessment and follow-ups only.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "A full record", value = CheckViews.RECORD_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "400", description = "A value out of range or an unknown code; the field is named")
    @APIResponse(responseCode = "404", description = "No such check")
    @APIResponse(
            responseCode = "409",
            description = "Not requested or booked (a completed check is amended instead), or booked for a later day")
    public CheckView complete(
            @PathParam("id") @ClientOf("health-check") UUID id, @Valid @NotNull RecordContent record) {
        return view(checks.complete(id, record, caller.id()), null);
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Amend a completed check's record",
            description =
                    "A new version with the reason; every "
                            + "earlier version stays as it was. Publishes health-check.amended with the coded facts as they now stand.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "Corrected screening",
                                            value =
                                                    "{\"reason\": \"PHQ-9 kirjattu väärin: oikea arvo 9.\", \"record\": "
                                                            + CheckViews.RECORD_EXAMPLE + "}")))
    @APIResponseSchema(
            value = CheckView.class,
            responseCode = "201",
            responseDescription = "The amended check, showing the new version")
    @APIResponse(responseCode = "400", description = "A value out of range or an unknown code; the field is named")
    @APIResponse(responseCode = "404", description = "No such check")
    @APIResponse(responseCode = "409", description = "The check is not completed")
    @ResponseStatus(201)
    public CheckView amend(
            @PathParam("id") @ClientOf("health-check") UUID id, @Valid @NotNull AmendmentRequest request) {
        CheckRecord amended = checks.amend(id, request.reason(), request.record(), caller.id());
        return view(existing(id), amended.version);
    }

    private HealthCheck existing(UUID id) {
        return checks.find(id).orElseThrow(() -> new NotFound("No health check " + id));
    }

    private CheckView view(HealthCheck check, Integer version) {
        List<CheckRecord> records = checks.records(check.id);
        List<FollowUpView> followUpViews =
                followUps.of(check.id).stream().map(FollowUpView::of).toList();
        CheckRecord shown = null;
        if (!records.isEmpty()) {
            int wanted = version == null ? records.getLast().version : version;
            shown = records.stream()
                    .filter(r -> r.version == wanted)
                    .findFirst()
                    .orElseThrow(() -> new NotFound("Health check " + check.id + " has no record version " + wanted));
        } else if (version != null) {
            throw new NotFound("Health check " + check.id + " has no record yet");
        }
        return new CheckView(
                check.id,
                check.clientId,
                check.pathwayId,
                check.status,
                check.requestedBy,
                check.requestedAt,
                check.booking(),
                check.cancellationReason,
                check.endedAt,
                check.completedAt,
                shown == null ? null : shown.version,
                shown == null ? null : shown.content(),
                records.stream()
                        .map(r -> new VersionView(r.version, r.amendmentReason, r.recordedBy, r.recordedAt))
                        .toList(),
                followUpViews);
    }
}
