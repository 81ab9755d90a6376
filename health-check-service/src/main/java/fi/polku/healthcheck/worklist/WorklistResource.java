package fi.polku.healthcheck.worklist;

import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/worklist")
@Tag(name = "Worklist", description = "Unemployed clients who need a health check")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
@AccessLogged(Purpose.HEALTH_CARE)
public class WorklistResource {

    @Schema(name = "WorklistEntry", example = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "municipalityCode": "564", "area": "Oulu",
             "unemployedSince": "2024-09-01", "lastCheckCompletedAt": null, "needSince": "2024-09-01",
             "latestPathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d"}""")
    public record EntryView(
            UUID clientId,

            @Schema(nullable = true, description = "None under a security ban")
            String municipalityCode,

            @Schema(nullable = true, description = "None if no referral named one")
            String area,

            @Schema(nullable = true, description = "None if the referral that said unemployed did not say since when")
            LocalDate unemployedSince,

            @Schema(nullable = true, description = "The last completed check, older than the interval; none if never")
            Instant lastCheckCompletedAt,

            @Schema(
                    nullable = true,
                    description = "Since when the client has needed a check: the later of becoming unemployed and the "
                            + "last check running out; none if neither is known")
            LocalDate needSince,

            @Schema(nullable = true, description = "None if the client is known only from an employment system")
            UUID latestPathwayId)
            implements ClientData {}

    @Inject
    Worklist worklist;

    @GET
    @Operation(
            summary = "Who needs a health check",
            description = "Unemployed clients with no check completed in the "
                    + "configured months (12 by default) and none requested or booked, the oldest need first. A "
                    + "cancellation or no-show puts a client back.")
    @APIResponse(responseCode = "200", description = "One page of the worklist")
    @APIResponse(responseCode = "400", description = "A filter or paging is malformed; the parameter is named")
    public Page<EntryView> worklist(
            @Parameter(description = "Area, any case", example = "Oulu") @QueryParam("area") @Size(min = 1, max = 100)
                    String area,
            @Parameter(description = "Municipality code", example = "564")
                    @QueryParam("municipalityCode")
                    @Pattern(regexp = "\\d{3}", message = "must be a 3-digit municipality code")
                    String municipalityCode,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        // JAX-RS hands an empty parameter over as none: the filters are read as sent, so that an empty one is refused.
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return worklist.of(
                        Optional.ofNullable(query.getFirst("area")),
                        Optional.ofNullable(query.getFirst("municipalityCode")),
                        paging.page(),
                        paging.size())
                .map(e -> new EntryView(
                        e.clientId(),
                        e.municipalityCode(),
                        e.area(),
                        e.unemployedSince(),
                        e.lastCheckCompletedAt(),
                        e.needSince(),
                        e.latestPathwayId()));
    }
}
