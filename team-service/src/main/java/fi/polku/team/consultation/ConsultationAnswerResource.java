package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.rule.NotAllowed;
import fi.polku.platform.rule.NotFound;
import fi.polku.platform.rule.RuleViolation;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.team.consultation.ConsultationViews.ConsultationView;
import fi.polku.team.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/consultations/{id}")
@Tag(name = "Consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ConsultationAnswerResource {

    @Schema(name = "ConsultationAnswer")
    public record AnswerRequest(
            @Schema(
                    description = "The professional who answered: of the competence centre, a work-ability "
                            + "coordinator, or for another expert anyone in the network")
            @NotNull
            UUID answeredBy,

            @Schema(
                    description = "The answer in a few sentences; stays in team-service",
                    example = "Ohjataan työfysioterapeutin arvioon ennen lausuntoa.")
            @NotBlank
            @Size(max = 4000)
            String answerSummary) {}

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationViews views;

    @Inject
    PathwayAccess access;

    @GET
    @Operation(
            summary = "Read a consultation",
            description = "For the client's team, and for the competence centre " + "when it was asked.")
    @APIResponse(responseCode = "200", description = "The consultation")
    @APIResponse(responseCode = "404", description = "No such consultation, or not one the caller may see")
    @OpenToOutsideOrganisations
    public ConsultationView find(@PathParam("id") @ClientOf("consultation") UUID id) {
        return ConsultationView.of(visible(id));
    }

    @POST
    @Path("/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record the answer to a consultation",
            description = "Once; published as "
                    + "team.consultation-answered. The competence centre answers its own; the team records an answer given "
                    + "by a coordinator or another expert.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Answer", value = """
            {"answeredBy": "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a",
             "answerSummary": "Ohjataan työfysioterapeutin arvioon ennen lausuntoa."}""")))
    @APIResponse(responseCode = "200", description = "The answered consultation")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the field is named")
    @APIResponse(responseCode = "403", description = "A competence-centre consultation answered by someone outside it")
    @APIResponse(responseCode = "404", description = "No such consultation, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Answered already, or the pathway is closed")
    @APIResponse(
            responseCode = "422",
            description = "The answerer is not whom it was addressed to (answered-by-consulted)")
    public ConsultationView answer(
            @PathParam("id") @ClientOf("consultation") UUID id, @Valid @NotNull AnswerRequest request) {
        Consultation consultation = visible(id);
        if (consultation.consulted == ConsultationTarget.COMPETENCE_CENTRE && !views.callerIsCompetenceCentre()) {
            throw new NotAllowed("The competence centre records its own answers");
        }
        return ConsultationView.of(consultations.answer(id, request.answeredBy(), request.answerSummary()));
    }

    private Consultation visible(UUID id) {
        Consultation consultation = consultations.find(id).orElseThrow(() -> new NotFound("No consultation " + id));
        try {
            access.visible(
                    consultation.pathwayId,
                    consultation.consulted == ConsultationTarget.COMPETENCE_CENTRE && views.callerIsCompetenceCentre());
        } catch (RuleViolation outOfScope) {
            // The same answer as for an id never used: the pathway's id is not the caller's to learn.
            throw new NotFound("No consultation " + id);
        }
        return consultation;
    }
}
