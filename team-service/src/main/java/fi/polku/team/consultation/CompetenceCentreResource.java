package fi.polku.team.consultation;

import fi.polku.events.ConsultationTarget;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.security.Role;
import fi.polku.team.consultation.ConsultationViews.ConsultationView;
import fi.polku.team.consultation.ConsultationViews.ReferralView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The competence centre's inbox: what is addressed to it across pathways. Only its own professionals see anything
 * here; for everyone else these lists are empty, as every list holds only what the caller may see.
 */
@Path("/api/v1/competence-centre")
@Tag(
        name = "Competence centre",
        description = "Hard cases referred to the work-ability competence centre, and its inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class CompetenceCentreResource {

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationViews views;

    @GET
    @Path("/consultations")
    @Operation(
            summary = "Consultations addressed to the competence centre",
            description = "Oldest first, paged; " + "only the unanswered unless unanswered=false.")
    @APIResponse(responseCode = "200", description = "One page of consultations")
    @APIResponse(responseCode = "400", description = "A parameter is malformed; it is named")
    public Page<ConsultationView> consultations(
            @Parameter(description = "true (the default) or false", example = "true")
                    @QueryParam("unanswered")
                    @Pattern(regexp = "true|false", message = "must be true or false")
                    String unanswered,
            @Valid @BeanParam PageParams paging) {
        if (!views.callerIsCompetenceCentre()) {
            return new Page<>(List.of(), 0, paging.page(), paging.size());
        }
        return consultations
                .addressedTo(
                        ConsultationTarget.COMPETENCE_CENTRE, !"false".equals(unanswered), paging.page(), paging.size())
                .map(ConsultationView::of);
    }

    @GET
    @Path("/referrals")
    @Operation(summary = "Pathways referred to the competence centre", description = "Newest first, paged.")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", description = "Paging is malformed; the parameter is named")
    public Page<ReferralView> referrals(@Valid @BeanParam PageParams paging) {
        if (!views.callerIsCompetenceCentre()) {
            return new Page<>(List.of(), 0, paging.page(), paging.size());
        }
        return consultations.referrals(paging.page(), paging.size()).map(ReferralView::of);
    }
}
