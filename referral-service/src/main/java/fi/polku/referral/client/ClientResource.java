package fi.polku.referral.client;

import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.problem.Problem;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.RateLimited;
import fi.polku.platform.security.Role;
import fi.polku.referral.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/clients")
@Tag(name = "Clients", description = "People referred to work-ability support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REFERRAL_HANDLER, Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ClientResource {

    private static final String DETAILS_EXAMPLE = """
            {"firstNames": "Matti Johannes", "lastName": "Meikäläinen", "municipalityCode": "564",
             "preferredLanguage": "fi", "phone": "+358 40 123 4567", "email": "matti.meikalainen@example.fi",
             "streetAddress": "Isokatu 1 A 2", "postalCode": "90100", "postOffice": "Oulu", "securityBan": false}""";
    private static final String BAD_CODE = """
            {"type": "https://polku.fi/problems/validation", "title": "Request is not valid", "status": 400,
             "detail": "identityCode: the check character does not match the rest of the code",
             "errors": [{"field": "identityCode", "message": "the check character does not match the rest of the code"}]}""";

    @Inject
    ClientService clients;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @Operation(summary = "Register a client", description = "The identity code is stored encrypted and never returned.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "A client",
                                            value = "{\"identityCode\": \"131052-308T\", \"details\": "
                                                    + DETAILS_EXAMPLE + "}")))
    @APIResponseSchema(value = ClientView.class, responseCode = "201", responseDescription = "Registered")
    @APIResponse(
            responseCode = "400",
            description = "A field breaks a rule; the identity code's rule is named",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "Wrong check character", value = BAD_CODE)))
    @APIResponse(responseCode = "409", description = "A client with this identity code exists")
    public RestResponse<ClientView> register(@Valid @NotNull ClientRequest request) {
        Client client =
                clients.register(request.parsedIdentityCode(), request.details().toDetails(), caller.id());
        return RestResponse.ResponseBuilder.<ClientView>created(UriBuilder.fromResource(ClientResource.class)
                        .path("{id}")
                        .build(client.id))
                .entity(ClientView.of(client))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a client")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "404", description = "No such client")
    @OpenToOutsideOrganisations
    public ClientView find(@PathParam("id") @ClientOf(ClientOf.CLIENT) UUID id) {
        access.client(id, "No client " + id);
        return ClientView.of(clients.find(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Change a client's details",
            description = "Everything but the identity code can change. Leaving securityBan out keeps it; "
                    + "only a county referral handler or team admin may change it, and who did is kept.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "New address", value = DETAILS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "403", description = "The security ban changes and the caller may not change it")
    @APIResponse(responseCode = "404", description = "No such client, or not one the caller may see")
    public ClientView update(
            @PathParam("id") @ClientOf(ClientOf.CLIENT) UUID id,
            @Valid @NotNull ClientRequest.ClientDetailsRequest details) {
        access.client(id, "No client " + id);
        boolean privileged = caller.organisation().isCounty()
                && (caller.hasRole(Role.REFERRAL_HANDLER) || caller.hasRole(Role.TEAM_ADMIN));
        return ClientView.of(clients.update(id, details.toDetails(), new Client.Change(caller.id(), privileged)));
    }

    @POST
    @Path("/search")
    @RolesAllowed(Role.REFERRAL_HANDLER)
    @AccessLogged(Purpose.TRIAGE)
    @RateLimited(perMinute = 30)
    @Operation(
            summary = "Find a client by identity code",
            description = "Exact match. A POST, so that the identity code stays out of URLs and access logs.")
    @RequestBody(
            content =
                    @Content(
                            examples = @ExampleObject(name = "By code", value = "{\"identityCode\": \"131052-308T\"}")))
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "404", description = "No client has this code")
    public ClientView search(@Valid @NotNull ClientRequest.Search search) {
        return ClientView.of(clients.findByIdentityCode(search.parsedIdentityCode()));
    }
}
