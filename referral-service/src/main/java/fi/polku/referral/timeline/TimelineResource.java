package fi.polku.referral.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fi.polku.events.EventType;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.referral.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A class of its own so that JAX-RS routes past {@code /api/v1/pathways}. */
@Path("/api/v1/pathways/{pathwayId}/timeline")
@Tag(name = "Pathways")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
@OpenToOutsideOrganisations
public class TimelineResource {

    private static final String TIMELINE_EXAMPLE = """
            {"pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "total": 2, "page": 0, "size": 50,
             "entries": [
             {"type": "fi.polku.pathway.opened.v1", "label": "Palvelupolku alkoi",
              "source": "/polku/referral-service", "occurredAt": "2026-03-04T10:00:00Z",
              "facts": {"ageGroup": "AGE_35_44", "municipalityCode": "564", "pathwayType": "UNEMPLOYED",
                        "area": "Oulu", "team": null, "openedAt": "2026-03-04T10:00:00Z"},
              "healthDetailsWithheld": false},
             {"type": "fi.polku.health-check.completed.v1", "label": "Työttömän terveystarkastus tehty",
              "source": "/polku/health-check-service", "occurredAt": "2026-03-12T11:00:00Z",
              "facts": {"healthCheckId": "4e5f6071-8293-44a5-b5c6-d7e8f9012345",
                        "completedAt": "2026-03-12T11:00:00Z"},
              "healthDetailsWithheld": true}]}""";

    @Inject
    TimelineService timeline;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @Schema(name = "TimelineEntry")
    public record Entry(
            @Schema(example = "fi.polku.health-check.completed.v1")
            String type,

            @Schema(example = "Työttömän terveystarkastus tehty")
            String label,

            @Schema(description = "The producing service", example = "/polku/health-check-service")
            String source,

            @Schema(example = "2026-03-12T11:00:00Z") Instant occurredAt,

            @Schema(
                    type = SchemaType.OBJECT,
                    implementation = Object.class,
                    description = "The event's coded facts",
                    example = "{\"followUps\": [\"DOCTOR_APPOINTMENT\"]}")
            JsonNode facts,

            @Schema(
                    description = "Whether a health check's findings were left out: only the county's health "
                            + "professionals and the client's coordinator see them",
                    example = "false")
            boolean healthDetailsWithheld) {}

    @Schema(name = "Timeline", example = TIMELINE_EXAMPLE)
    public record Timeline(UUID pathwayId, List<Entry> entries, long total, int page, int size) {}

    @GET
    @Operation(
            summary = "Everything that happened in a pathway, across services, in time order",
            description = "From the bus: this service's events and its read model of pathway.team.v1 and "
                    + "pathway.health-check.v1. Entries appear once their event has been consumed, usually within a "
                    + "second. A health check's findings are shown to the county's health professionals and the "
                    + "client's coordinator only; others see that it happened, and when.")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "400", description = "lang is not fi, sv or en")
    @APIResponse(responseCode = "404", description = "No such pathway")
    public Timeline timeline(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId,
            @Parameter(description = "Language of the labels", example = "sv")
                    @QueryParam("lang")
                    @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en")
                    String lang,
            @Valid @BeanParam PageParams paging) {
        access.pathway(pathwayId);
        String language = lang == null ? "fi" : lang;
        List<Entry> entries = timeline.of(pathwayId, caller).stream()
                .map(shown -> new Entry(
                        shown.entry().type,
                        EventType.byName(shown.entry().type)
                                .map(t -> t.label(language))
                                .orElse(shown.entry().type),
                        shown.entry().source,
                        shown.entry().occurredAt,
                        shown.facts(),
                        shown.withheld()))
                .toList();
        Page<Entry> shown = Page.of(entries, paging.page(), paging.size());
        return new Timeline(pathwayId, shown.items(), shown.total(), shown.page(), shown.size());
    }
}
