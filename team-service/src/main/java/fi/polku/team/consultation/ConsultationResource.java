package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.events.ConsultationTopic;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.team.consultation.ConsultationViews.ConsultationView;
import fi.polku.team.consultation.ConsultationViews.ReferralView;
import fi.polku.team.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
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

/**
 * What a client's team asks of experts about a pathway: consultations of the work-ability coordinator, the competence
 * centre or another expert, and the pathway's one referral to the competence centre.
 */
@Path("/api/v1/pathways/{pathwayId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ConsultationResource {

    @Schema(name = "ConsultationRequest")
    public record ConsultationRequest(
            @Schema(example = "COMPETENCE_CENTRE") @NotNull ConsultationTarget consulted,

            @Schema(example = "WORK_ABILITY_ASSESSMENT") @NotNull
            ConsultationTopic topic,

            @Schema(
                    description = "The question; stays in team-service",
                    example = "Riittääkö nykyinen selvitys työkyvyn arvioon?")
            @NotBlank
            @Size(max = 4000)
            String question) {}

    @Schema(name = "CompetenceCentreReferralRequest")
    public record ReferralRequest(
            @Schema(example = "REHABILITATION") @NotNull ConsultationTopic topic,

            @Schema(
                    description = "Why the team needs the centre; stays in team-service",
                    example = "Useita päällekkäisiä kuntoutustarpeita; tiimi tarvitsee osaamiskeskuksen arvion.")
            @NotBlank
            @Size(max = 4000)
            String reason) {}

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationViews views;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @POST
    @Path("consultations")
    @Tag(
            name = "Consultations",
            description = "Asking the work-ability coordinator, the competence centre or another expert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask an expert about the pathway",
            description = "By a professional of the client's team; "
                    + "published as team.consultation-requested (whom, about what; the question stays here).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "To the competence centre", value = """
            {"consulted": "COMPETENCE_CENTRE", "topic": "WORK_ABILITY_ASSESSMENT",
             "question": "Riittääkö nykyinen selvitys työkyvyn arvioon?"}""")))
    @APIResponseSchema(value = ConsultationView.class, responseCode = "201", responseDescription = "Asked")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The pathway is closed")
    @ResponseStatus(201)
    public ConsultationView request(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull ConsultationRequest request) {
        access.visible(pathwayId);
        return ConsultationView.of(consultations.request(
                pathwayId, request.consulted(), request.topic(), request.question(), caller.id()));
    }

    @GET
    @Path("consultations")
    @Tag(name = "Consultations")
    @Operation(
            summary = "List the pathway's consultations",
            description = "Newest first, paged; the competence " + "centre sees the pathway's consultations too.")
    @APIResponse(responseCode = "200", description = "One page of consultations")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @OpenToOutsideOrganisations
    public Page<ConsultationView> list(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @BeanParam PageParams paging) {
        access.visible(pathwayId, views.callerIsCompetenceCentreFor(pathwayId));
        return consultations.of(pathwayId, paging.page(), paging.size()).map(ConsultationView::of);
    }

    @POST
    @Path("competence-centre-referral")
    @Tag(name = "Competence centre")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Refer the pathway to the competence centre",
            description = "Once per pathway, while it is " + "open; published as team.competence-centre-referred.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Referral", value = """
            {"topic": "REHABILITATION",
             "reason": "Useita päällekkäisiä kuntoutustarpeita; tiimi tarvitsee osaamiskeskuksen arvion."}""")))
    @APIResponseSchema(value = ReferralView.class, responseCode = "201", responseDescription = "Referred")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the field is named")
    @APIResponse(responseCode = "404", description = "No such pathway, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Referred already, or the pathway is closed")
    @ResponseStatus(201)
    public ReferralView refer(
            @PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId, @Valid @NotNull ReferralRequest request) {
        access.visible(pathwayId);
        return ReferralView.of(consultations.refer(pathwayId, request.topic(), request.reason(), caller.id()));
    }

    @GET
    @Path("competence-centre-referral")
    @Tag(name = "Competence centre")
    @Operation(summary = "Read the pathway's referral to the competence centre")
    @APIResponse(responseCode = "200", description = "The referral")
    @APIResponse(responseCode = "404", description = "Not referred, no such pathway, or not one the caller may see")
    @OpenToOutsideOrganisations
    public ReferralView find(@PathParam("pathwayId") @ClientOf("pathway") UUID pathwayId) {
        access.visible(pathwayId, views.callerIsCompetenceCentreFor(pathwayId));
        return consultations
                .referralOf(pathwayId)
                .map(ReferralView::of)
                .orElseThrow(
                        () -> new NotFound("Pathway " + pathwayId + " has not been referred to the competence centre"));
    }
}
