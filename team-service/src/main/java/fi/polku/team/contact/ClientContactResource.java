package fi.polku.team.contact;

import fi.polku.events.ContactKind;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.team.pathway.KnownPathway;
import fi.polku.team.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/pathways/{pathwayId}/contacts")
@Tag(
        name = "Client contacts",
        description = "Client-team professionals' visits, calls and remote contacts with the client")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ClientContactResource {

    private static final String CONTACT_EXAMPLE = """
            {"id": "4a5b6c7d-8e9f-4a0b-9c2d-3e4f5a6b7c8d", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
             "kind": "VISIT", "durationMinutes": 45, "contactOn": "2026-03-18", "byCoordinator": true,
             "recordedBy": "tiina", "recordedAt": "2026-03-18T12:10:00Z"}""";

    @Schema(name = "ClientContactRequest")
    public record ContactRequest(
            @Schema(description = "The member of the client's team who was in contact") @NotNull
            UUID professionalId,

            @Schema(example = "VISIT") @NotNull ContactKind kind,

            @Schema(example = "45") @NotNull @Min(1) @Max(480)
            Integer durationMinutes,

            @Schema(example = "2026-03-18") @NotNull @PlausibleDate
            LocalDate contactOn) {}

    @Schema(name = "ClientContact", example = CONTACT_EXAMPLE)
    public record ContactView(
            UUID id,
            UUID pathwayId,
            UUID clientId,
            UUID professionalId,
            ContactKind kind,
            int durationMinutes,
            LocalDate contactOn,
            boolean byCoordinator,
            String recordedBy,
            Instant recordedAt)
            implements ClientData {}

    @Inject
    ClientContactService contacts;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a contact with the client",
            description = "By a current member of the client's team; "
                    + "published as team.client-contact-recorded, marked when the member is the client coordinator.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "A visit", value = """
            {"professionalId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "kind": "VISIT", "durationMinutes": 45,
             "contactOn": "2026-03-18"}""")))
    @APIResponseSchema(value = ContactView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or wrong (a duration outside 1–480 minutes, "
                    + "a day in the future); the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The pathway is closed, or has no client team yet")
    @APIResponse(
            responseCode = "422",
            description = "The professional is not a current member (contact-by-member), "
                    + "or an outside organisation's member records someone else's contact (own-contact)")
    @OpenToOutsideOrganisations
    @ResponseStatus(201)
    public ContactView record(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull ContactRequest request) {
        KnownPathway pathway = access.visible(pathwayId);
        ClientContact contact = contacts.record(
                pathwayId,
                request.professionalId(),
                request.kind(),
                request.durationMinutes(),
                request.contactOn(),
                caller.id(),
                !caller.organisation().isCounty());
        return view(pathway, contact);
    }

    @GET
    @Operation(summary = "List the contacts with the client", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of contacts")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @OpenToOutsideOrganisations
    public Page<ContactView> list(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @BeanParam PageParams paging) {
        KnownPathway pathway = access.visible(pathwayId);
        return contacts.of(pathwayId, paging.page(), paging.size()).map(c -> view(pathway, c));
    }

    private static ContactView view(KnownPathway pathway, ClientContact contact) {
        return new ContactView(
                contact.id,
                pathway.pathwayId,
                pathway.clientId,
                contact.professionalId,
                contact.kind,
                contact.durationMinutes,
                contact.contactOn,
                contact.byCoordinator,
                contact.recordedBy,
                contact.recordedAt);
    }
}
