package fi.polku.referral.consent;

import fi.polku.events.OrganisationType;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientOf;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.OpenToOutsideOrganisations;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.referral.pathway.PathwayAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/clients/{clientId}/consents")
@Tag(name = "Consent", description = "The client's consent to share pathway data with organisation types")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REFERRAL_HANDLER, Role.TEAM_MEMBER, Role.TEAM_ADMIN})
@AccessLogged(Purpose.CLIENT_CARE)
public class ConsentResource {

    private static final String DECISION_EXAMPLE = """
            {"id": "7c6b5a49-3827-4160-9f8e-d7c6b5a49382", "kind": "GIVEN",
             "organisationTypes": ["EMPLOYMENT_SERVICES", "KELA"], "validFrom": "2026-03-02",
             "validUntil": "2027-03-01", "recordedBy": "p-1042", "recordedAt": "2026-03-02T08:20:00Z"}""";
    private static final String CONSENT_EXAMPLE = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "on": "2026-04-01",
             "inForce": [{"organisationType": "KELA", "label": "Kela", "from": "2026-03-02", "until": "2027-03-01"}],
             "history": {"items": [""" + DECISION_EXAMPLE + """
            ], "total": 1, "page": 0, "size": 50}}""";

    @Inject
    ConsentService consents;

    @Inject
    PathwayAccess access;

    @Inject
    Caller caller;

    @Schema(name = "GiveConsent")
    public record GiveRequest(
            @Schema(
                    description = "Whom the client's pathway data may be shared with",
                    example = "[\"EMPLOYMENT_SERVICES\", \"KELA\"]")
            @NotEmpty
            Set<@NotNull OrganisationType> organisationTypes,

            @Schema(description = "First day in force; today when absent", example = "2026-03-02") @PlausibleDate
            LocalDate validFrom,

            @Schema(description = "Last day in force; until withdrawn when absent", example = "2027-03-01")
            @PlausibleDate
            LocalDate validUntil) {}

    @Schema(name = "WithdrawConsent")
    public record WithdrawRequest(
            @Schema(example = "[\"KELA\"]") @NotEmpty Set<@NotNull OrganisationType> organisationTypes,

            @Schema(description = "First day no longer in force; today when absent", example = "2026-06-01")
            @PlausibleDate
            LocalDate effectiveFrom) {}

    @Schema(
            name = "ConsentDecision",
            description = "A recorded decision; for a withdrawal, validFrom is the day it takes effect",
            example = DECISION_EXAMPLE)
    public record DecisionView(
            UUID id,
            ConsentDecision.Kind kind,
            Set<OrganisationType> organisationTypes,
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validUntil,
            String recordedBy,
            Instant recordedAt) {

        static DecisionView of(ConsentDecision d) {
            return new DecisionView(
                    d.id, d.kind, d.organisationTypes(), d.validFrom, d.validUntil, d.recordedBy, d.recordedAt);
        }
    }

    @Schema(name = "ConsentInForce", description = "Consent for one organisation type in force on the day asked")
    public record PeriodView(
            OrganisationType organisationType,
            String label,
            LocalDate from,
            @Schema(nullable = true) LocalDate until) {}

    @Schema(name = "ClientConsent", example = CONSENT_EXAMPLE)
    public record ConsentView(UUID clientId, LocalDate on, List<PeriodView> inForce, Page<DecisionView> history) {}

    @GET
    @Operation(
            summary = "The client's consent in force on a day, and every decision recorded",
            description = "The history is in recording order; what is in force follows from it on any day.")
    @APIResponse(responseCode = "200", description = "Consent in force and the history")
    @APIResponse(responseCode = "400", description = "The day is not a date")
    @APIResponse(responseCode = "404", description = "No such client")
    @OpenToOutsideOrganisations
    public ConsentView find(
            @PathParam("clientId") @ClientOf(ClientOf.CLIENT) UUID clientId,
            @Parameter(description = "The day to judge; today (Finnish time) when absent", example = "2026-04-01")
                    @QueryParam("on")
                    String on,
            @Parameter(description = "Language of the labels: fi, sv or en", example = "fi")
                    @QueryParam("lang")
                    @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en")
                    String lang,
            @Valid @BeanParam PageParams paging) {
        access.client(clientId, "No client " + clientId);
        LocalDate day = QueryParams.date("on", on).orElseGet(consents::today);
        ConsentHistory history = consents.history(consents.clientExists(clientId));
        String language = lang == null ? "fi" : lang;
        return new ConsentView(
                clientId,
                day,
                history.inForce(day).stream()
                        .map(p -> new PeriodView(
                                p.organisationType(), p.organisationType().label(language), p.from(), p.until()))
                        .toList(),
                Page.of(history.decisions().stream().map(DecisionView::of).toList(), paging.page(), paging.size()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record that the client gave consent",
            description = "Publishes consent.given on client.consent.v1.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "For a year", value = """
            {"organisationTypes": ["EMPLOYMENT_SERVICES", "KELA"], "validFrom": "2026-03-02", "validUntil": "2027-03-01"}""")))
    @APIResponseSchema(value = DecisionView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; the field is named")
    @APIResponse(responseCode = "404", description = "No such client")
    @ResponseStatus(201)
    public DecisionView give(
            @PathParam("clientId") @ClientOf(ClientOf.CLIENT) UUID clientId, @Valid @NotNull GiveRequest request) {
        access.client(clientId, "No client " + clientId);
        return DecisionView.of(consents.give(
                clientId, request.organisationTypes(), request.validFrom(), request.validUntil(), caller.id()));
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record that the client withdrew consent",
            description =
                    "Publishes consent.withdrawn on client.consent.v1; from the effective day nothing more is shared.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Kela no longer", value = """
            {"organisationTypes": ["KELA"], "effectiveFrom": "2026-06-01"}""")))
    @APIResponseSchema(value = DecisionView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule; the field is named")
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "No consent for a named type is in force on or after that day")
    @ResponseStatus(201)
    public DecisionView withdraw(
            @PathParam("clientId") @ClientOf(ClientOf.CLIENT) UUID clientId, @Valid @NotNull WithdrawRequest request) {
        access.client(clientId, "No client " + clientId);
        return DecisionView.of(
                consents.withdraw(clientId, request.organisationTypes(), request.effectiveFrom(), caller.id()));
    }
}
