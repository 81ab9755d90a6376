package fi.polku.referral.referral;

import fi.polku.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
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
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals into work-ability support")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String PROBLEM_400 = """
            {"type": "https://polku.fi/problems/validation", "title": "Request is not valid", "status": 400,
             "detail": "source: must not be null", "instance": "/api/v1/referrals",
             "errors": [{"field": "source", "message": "must not be null"}]}""";

    private final ReferralService referrals;
    private final SecurityIdentity caller;

    ReferralResource(ReferralService referrals, SecurityIdentity caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"professional", "integration"})
    @Operation(summary = "Receive a referral",
            description = "Stores the referral and publishes fi.polku.referral.received.v1 on pathway.referral.v1.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "From TE services", value = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "source": "EMPLOYMENT_SERVICES",
             "referringOrganisation": "TE-toimisto, Oulu", "referringPerson": "Anna Asiantuntija",
             "requestedArea": "Oulu", "freeText": "Pitkään työttömänä, terveydentila selvitettävä."}""")))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request with the same Idempotency-Key: "
            + "the referral it created, unchanged",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule, or the client is not registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Missing source", value = PROBLEM_400)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's role may not send referrals")
    public RestResponse<ReferralView> receive(@Valid @NotNull ReferralRequest request,
            @Parameter(description = "Makes retries safe: the same key from the same caller creates one referral",
                    example = "te-oulu-2026-000123")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey) {
        ReferralService.Receipt receipt = referrals.receive(request.toNewReferral(), Optional.ofNullable(idempotencyKey)
                .map(key -> new IdempotencyKey(caller.getPrincipal().getName(), key)));
        URI location = UriBuilder.fromResource(ReferralResource.class).path("{id}").build(receipt.referral().id());
        return RestResponse.ResponseBuilder
                .<ReferralView>create(receipt.replayed() ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                .location(location)
                .entity(ReferralView.of(receipt.referral())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("professional")
    @Operation(summary = "Read a referral")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Unknown id", value = """
                            {"type": "https://polku.fi/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "No referral 0b6f8c4e-51a6-4d7e-9c1b-6a0f3f1d2e11"}""")))
    public ReferralView find(@PathParam("id") UUID id) {
        return ReferralView.of(referrals.find(id));
    }
}
