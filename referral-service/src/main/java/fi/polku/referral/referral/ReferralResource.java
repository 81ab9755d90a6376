package fi.polku.referral.referral;

import fi.polku.events.PathwayType;
import fi.polku.events.ReferralSource;
import fi.polku.platform.accesslog.AccessLog;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.RateLimited;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals into work-ability support")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String PROBLEM_400 = """
            {"type": "https://polku.fi/problems/validation", "title": "Request is not valid", "status": 400,
             "detail": "source: must not be null", "instance": "/api/v1/referrals",
             "errors": [{"field": "source", "message": "must not be null"}]}""";

    private static final String RECEIPT_EXAMPLE = """
            {"id": "3c2b1a9f-8e7d-4c6b-a5f4-e3d2c1b0a9f8", "status": "RECEIVED", "receivedAt": "2026-03-02T08:15:30Z"}""";

    @Inject
    ReferralService referrals;

    @Inject
    Caller caller;

    @Inject
    AccessLog accessLog;

    /**
     * What an employment system or any outside organisation learns from sending a referral: that it arrived, and
     * nothing about the person — not whether they are already in care, nor their age group. Closed to other
     * properties, so that a referral answered whole is not also a receipt to a reader of {@link ReferralOrReceipt}.
     */
    @Schema(name = "ReferralReceipt", example = RECEIPT_EXAMPLE, additionalProperties = Schema.False.class)
    public record Receipt(
            @Schema(example = "3c2b1a9f-8e7d-4c6b-a5f4-e3d2c1b0a9f8")
            UUID id,

            @Schema(example = "RECEIVED") ReferralStatus status,
            @Schema(example = "2026-03-02T08:15:30Z") Instant receivedAt)
            implements ReferralOrReceipt {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REFERRAL_HANDLER, Role.TEAM_MEMBER, Role.TEAM_ADMIN, Role.INTEGRATION_EMPLOYMENT})
    @AccessLogged(Purpose.REFERRAL_INTAKE)
    @Operation(
            summary = "Receive a referral",
            description = "Stores the referral and publishes fi.polku.referral.received.v1 on pathway.referral.v1.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "From TE services", value = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "source": "EMPLOYMENT_SERVICES",
             "referringOrganisation": "TE-toimisto, Oulu", "referringPerson": "Anna Asiantuntija",
             "requestedArea": "Oulu", "freeText": "Pitkään työttömänä, terveydentila selvitettävä.",
             "reasons": ["LONG_TERM_UNEMPLOYMENT", "WORK_ABILITY_UNCLEAR"], "labourMarketStatus": "UNEMPLOYED",
             "unemployedSince": "2024-09-01"}""")))
    @APIResponseSchema(
            value = ReferralOrReceipt.class,
            responseCode = "201",
            responseDescription = "Received: the referral for a professional, a receipt for an employment system")
    @APIResponse(
            responseCode = "200",
            description = "A repeat of an earlier request with the same Idempotency-Key: "
                    + "the referral it created, unchanged")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different referral")
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or breaks a rule, or the client is not registered",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "Missing source", value = PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's role may not send referrals")
    @OpenToOutsideOrganisations
    public RestResponse<ReferralOrReceipt> receive(
            @Valid @NotNull ReferralRequest request,
            @Parameter(
                            description = "Makes retries safe: the same key from the same caller creates one referral",
                            example = "te-oulu-2026-000123")
                    @HeaderParam("Idempotency-Key")
                    @Size(min = 1, max = 200)
                    String idempotencyKey) {
        ReferralService.Receipt receipt = referrals.receive(
                request.toNewReferral(),
                caller.organisation().outsideType(),
                Optional.ofNullable(idempotencyKey).map(key -> new IdempotencyKey(caller.id(), key)));
        Referral referral = receipt.referral();
        accessLog.concerns(referral.clientId);
        URI location =
                UriBuilder.fromResource(ReferralResource.class).path("{id}").build(referral.id);
        // Sending a referral is not a right to the referral: only the county's own professionals see it whole.
        ReferralOrReceipt body = !caller.organisation().isCounty()
                        || caller.hasRole(Role.INTEGRATION_EMPLOYMENT) && !caller.hasRole(Role.REFERRAL_HANDLER)
                ? new Receipt(referral.id, referral.status, referral.receivedAt)
                : ReferralView.of(referral);
        return RestResponse.ResponseBuilder.<ReferralOrReceipt>create(
                        receipt.replayed() ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                .location(location)
                .entity(body)
                .build();
    }

    @GET
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @RateLimited(perMinute = 120)
    @Operation(
            summary = "List referrals",
            description = "Filtered, in a stable order (by receipt, then id), with the total.")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(
            responseCode = "400",
            description = "A filter, the sort or paging is malformed; the parameter is named")
    public Page<ReferralView> list(
            @Parameter(description = "Status", example = "RECEIVED") @QueryParam("status") String status,
            @Parameter(description = "Where referrals came from", example = "KELA") @QueryParam("source") String source,
            @Parameter(description = "Requested or assigned area, any case", example = "Oulu")
                    @QueryParam("area")
                    @Size(min = 1, max = 100)
                    String area,
            @Parameter(description = "Assigned team, any case", example = "Oulu keskusta")
                    @QueryParam("team")
                    @Size(min = 1, max = 100)
                    String team,
            @Parameter(description = "Pathway type triage chose", example = "UNEMPLOYED") @QueryParam("type")
                    String type,
            @Parameter(description = "One client's referrals") @QueryParam("clientId") String clientId,
            @Parameter(description = "Received on or after this day (Finnish time)", example = "2026-01-01")
                    @QueryParam("receivedFrom")
                    String receivedFrom,
            @Parameter(description = "Received on or before this day (Finnish time)", example = "2026-12-31")
                    @QueryParam("receivedTo")
                    String receivedTo,
            @Parameter(description = "receivedAt (oldest first) or -receivedAt (newest first)", example = "-receivedAt")
                    @QueryParam("sort")
                    @DefaultValue("-receivedAt")
                    @Pattern(regexp = "-?receivedAt", message = "must be receivedAt or -receivedAt")
                    String sort,
            @Valid @BeanParam PageParams paging) {
        ReferralFilter filter = new ReferralFilter(
                QueryParams.enumValue("status", status, ReferralStatus.class),
                QueryParams.enumValue("source", source, ReferralSource.class),
                Optional.ofNullable(area),
                Optional.ofNullable(team),
                QueryParams.enumValue("type", type, PathwayType.class),
                QueryParams.uuid("clientId", clientId),
                QueryParams.date("receivedFrom", receivedFrom),
                QueryParams.date("receivedTo", receivedTo),
                sort.startsWith("-"));
        return referrals.list(filter, paging.page(), paging.size()).map(ReferralView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @Operation(summary = "Read a referral")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(
            responseCode = "404",
            description = "No such referral",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "Unknown id", value = """
                            {"type": "https://polku.fi/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "No referral 0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11"}""")))
    public ReferralView find(@PathParam("id") @ClientOf("referral") UUID id) {
        return ReferralView.of(referrals.find(id));
    }

    private static final String CONFLICT = """
            {"type": "https://polku.fi/problems/state-conflict", "title": "Conflict with the current state",
             "status": 409, "detail": "Referral 0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11 is already REJECTED and cannot be accepted"}""";

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @Operation(
            summary = "Accept a referral onto a pathway",
            description = "Opens the referral's pathway (pathway.opened) unless the client's open pathway is the one "
                    + "the referral was received on; then referral.accepted. The team is one of team-service's "
                    + "registry, by id; the area is the team's, or given when no team is named yet.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Unemployed pathway", value = """
            {"pathwayType": "UNEMPLOYED", "teamId": "7c1e9a52-3f4b-4d8e-9a61-2b5c7d8e9f01"}""")))
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "No area and no team; the field is named")
    @APIResponse(
            responseCode = "409",
            description = "Already decided, or it would open the client's second pathway",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "Already rejected", value = CONFLICT)))
    @APIResponse(
            responseCode = "422",
            description = "Not an active work-ability team of the registry (known-team), or "
                    + "another area than the team's (team-in-area)")
    public ReferralView accept(
            @PathParam("id") @ClientOf("referral") UUID id, @Valid @NotNull TriageRequests.Accept request) {
        return ReferralView.of(referrals.accept(id, request.pathwayType(), request.area(), request.teamId()));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @Operation(summary = "Reject a referral", description = "With a coded reason and redirection (referral.rejected).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "To mental health services", value = """
            {"reason": "NEEDS_OTHER_SERVICE", "redirection": "MENTAL_HEALTH_SERVICES",
             "note": "Ohjattu psykiatrian poliklinikalle."}""")))
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ReferralView reject(
            @PathParam("id") @ClientOf("referral") UUID id, @Valid @NotNull TriageRequests.Reject request) {
        return ReferralView.of(referrals.reject(id, request.reason(), request.redirection(), request.note()));
    }

    @POST
    @Path("/{id}/information-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @Operation(summary = "Ask the referrer for more information", description = "The referral waits; no event.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "A question", value = """
            {"question": "Onko asiakkaalla voimassa oleva kuntoutussuunnitelma?"}""")))
    @APIResponse(responseCode = "200", description = "Waiting for information")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ReferralView requestInformation(
            @PathParam("id") @ClientOf("referral") UUID id, @Valid @NotNull TriageRequests.InformationRequest request) {
        return ReferralView.of(referrals.requestInformation(id, request.question()));
    }
}
