package fi.polku.team.meeting;

import fi.polku.events.MeetingDecision;
import fi.polku.events.MeetingFormat;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Set;
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

@Path("/api/v1/pathways/{pathwayId}/meetings")
@Tag(name = "Client team meetings", description = "What the client's team met about and decided")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class MeetingResource {

    private static final String MEETING_EXAMPLE = """
            {"id": "3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b7c", "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d",
             "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "heldOn": "2026-03-16", "format": "HYBRID",
             "attendingMemberIds": ["0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"], "clientPresent": true,
             "decisions": ["HEALTH_CHECK_NEEDED"], "nextMeetingOn": "2026-04-13",
             "summary": "Terveystarkastus varataan ennen seuraavaa tapaamista.", "recordedBy": "tiina",
             "recordedAt": "2026-03-16T13:05:00Z"}""";

    @Schema(name = "MeetingRequest")
    public record MeetingRequest(
            @Schema(example = "2026-03-16") @NotNull @PlausibleDate
            LocalDate heldOn,

            @Schema(example = "HYBRID") @NotNull MeetingFormat format,

            @Schema(description = "Current members of the client's team who attended") @NotNull @Size(min = 1, max = 30)
            List<@NotNull UUID> attendingMemberIds,

            @Schema(example = "true") @NotNull Boolean clientPresent,

            @Schema(description = "Coded decisions; empty when none") @Size(max = 20)
            Set<@NotNull MeetingDecision> decisions,

            @Schema(example = "2026-04-13") @PlausibleDate LocalDate nextMeetingOn,

            @Schema(description = "What was agreed, in a few sentences; stays in team-service") @Size(max = 4000)
            String summary) {}

    @Schema(name = "Meeting", example = MEETING_EXAMPLE)
    public record MeetingView(
            UUID id,
            UUID pathwayId,
            UUID clientId,
            LocalDate heldOn,
            MeetingFormat format,
            Set<UUID> attendingMemberIds,
            boolean clientPresent,
            Set<MeetingDecision> decisions,
            @Schema(nullable = true) LocalDate nextMeetingOn,
            @Schema(nullable = true) String summary,
            String recordedBy,
            Instant recordedAt)
            implements ClientData {}

    @Inject
    MeetingService meetings;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a meeting of the client's team",
            description = "Once held. Publishes "
                    + "team.meeting-held with the professions present and the coded decisions; the summary stays here.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Hybrid meeting", value = """
            {"heldOn": "2026-03-16", "format": "HYBRID", "attendingMemberIds": ["0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"],
             "clientPresent": true, "decisions": ["HEALTH_CHECK_NEEDED"], "nextMeetingOn": "2026-04-13",
             "summary": "Terveystarkastus varataan ennen seuraavaa tapaamista."}""")))
    @APIResponseSchema(value = MeetingView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or wrong (a day in the future, the next "
                    + "meeting not after this one, a member named twice); the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The pathway is closed, or has no client team yet")
    @APIResponse(responseCode = "422", description = "An attendee is not a current member (attendee-is-member)")
    @ResponseStatus(201)
    public MeetingView record(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull MeetingRequest request) {
        KnownPathway pathway = access.visible(pathwayId);
        TeamMeeting meeting = meetings.record(
                pathwayId,
                request.attendingMemberIds(),
                new TeamMeeting.Details(
                        request.heldOn(),
                        request.format(),
                        Set.copyOf(request.attendingMemberIds()),
                        request.clientPresent(),
                        request.decisions() == null ? Set.of() : request.decisions(),
                        request.nextMeetingOn(),
                        request.summary()),
                caller.id());
        return view(pathway, meeting);
    }

    @GET
    @Operation(summary = "List the client team's meetings", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @OpenToOutsideOrganisations
    public Page<MeetingView> list(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @BeanParam PageParams paging) {
        KnownPathway pathway = access.visible(pathwayId);
        return meetings.of(pathwayId, paging.page(), paging.size()).map(m -> view(pathway, m));
    }

    private static MeetingView view(KnownPathway pathway, TeamMeeting meeting) {
        TeamMeeting.Details details = meeting.details();
        return new MeetingView(
                meeting.id,
                pathway.pathwayId,
                pathway.clientId,
                details.heldOn(),
                details.format(),
                details.attendingMemberIds(),
                details.clientPresent(),
                details.decisions(),
                details.nextMeetingOn(),
                details.summary(),
                meeting.recordedBy,
                meeting.recordedAt);
    }
}
