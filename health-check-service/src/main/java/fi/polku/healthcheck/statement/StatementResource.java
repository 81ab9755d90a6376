package fi.polku.healthcheck.statement;

import fi.polku.events.Profession;
import fi.polku.events.StatementConclusion;
import fi.polku.events.StatementPurpose;
import fi.polku.platform.accesslog.AccessLogged;
import fi.polku.platform.accesslog.ClientData;
import fi.polku.platform.accesslog.Purpose;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import fi.polku.platform.validation.PlausibleDate;
import fi.polku.platform.validation.SingleLine;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

@Path("/api/v1/work-ability-statements")
@Tag(name = "Work-ability statements", description = "Työkykylausunnot: recorded and counted")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private static final String STATEMENT_EXAMPLE = """
            {"id": "60718293-a4b5-4c6d-9e7f-8091a2b3c4d5", "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "pathwayId": null, "purpose": "KELA_REHABILITATION", "conclusion": "REHABILITATION_RECOMMENDED",
             "authorProfession": "DOCTOR", "author": "Lääkäri Virtanen", "writtenOn": "2026-03-20",
             "text": "Ammatillinen kuntoutus tarpeen; työkyky palautettavissa.", "recordedBy": "p-lauri",
             "recordedAt": "2026-03-20T14:00:00Z"}""";

    @Schema(name = "WorkAbilityStatementRequest")
    public record StatementRequest(
            @NotNull UUID clientId,

            @Schema(nullable = true, description = "One of the client's pathways, if the statement belongs to one")
            UUID pathwayId,

            @Schema(example = "KELA_REHABILITATION") @NotNull
            StatementPurpose purpose,

            @Schema(example = "REHABILITATION_RECOMMENDED") @NotNull
            StatementConclusion conclusion,

            @Schema(example = "DOCTOR") @NotNull Profession authorProfession,

            @Schema(example = "Lääkäri Virtanen") @NotBlank @Size(max = 200) @SingleLine
            String author,

            @Schema(example = "2026-03-20") @NotNull @PlausibleDate
            LocalDate writtenOn,

            @Schema(description = "The statement's text; stays in health-check-service") @Size(max = 8000)
            String text) {}

    @Schema(name = "WorkAbilityStatement", example = STATEMENT_EXAMPLE)
    public record StatementView(
            UUID id,
            UUID clientId,
            @Schema(nullable = true) UUID pathwayId,
            StatementPurpose purpose,
            StatementConclusion conclusion,
            Profession authorProfession,
            String author,
            LocalDate writtenOn,
            @Schema(nullable = true) String text,
            String recordedBy,
            Instant recordedAt)
            implements ClientData {

        static StatementView of(WorkAbilityStatement s) {
            WorkAbilityStatement.Details d = s.details();
            return new StatementView(
                    s.id,
                    d.clientId(),
                    d.pathwayId(),
                    d.purpose(),
                    d.conclusion(),
                    d.authorProfession(),
                    d.author(),
                    d.writtenOn(),
                    d.text(),
                    s.recordedBy,
                    s.recordedAt);
        }
    }

    @Schema(name = "WorkAbilityStatementCounts", example = """
            {"from": "2026-01-01", "to": "2026-03-31", "total": 19,
             "counts": [{"purpose": "KELA_REHABILITATION", "authorProfession": "DOCTOR", "statements": 12},
                        {"purpose": "EMPLOYMENT_SERVICES", "authorProfession": "PSYCHOLOGIST", "statements": 7}]}""")
    public record CountsView(LocalDate from, LocalDate to, long total, List<StatementService.Count> counts) {}

    @Inject
    StatementService statements;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
    @AccessLogged(Purpose.HEALTH_CARE)
    @Operation(
            summary = "Record a work-ability statement",
            description =
                    "Publishes "
                            + "health-check.work-ability-statement-recorded with purpose, conclusion and the author's profession.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "For Kela rehabilitation", value = """
            {"clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "pathwayId": null, "purpose": "KELA_REHABILITATION",
             "conclusion": "REHABILITATION_RECOMMENDED", "authorProfession": "DOCTOR", "author": "Lääkäri Virtanen",
             "writtenOn": "2026-03-20", "text": "Ammatillinen kuntoutus tarpeen; työkyky palautettavissa."}""")))
    @APIResponseSchema(value = StatementView.class, responseCode = "201", responseDescription = "Recorded")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (a day in the future); it is named")
    @APIResponse(
            responseCode = "422",
            description = "An unknown client (known-client) or another client's pathway " + "(client-pathway)")
    @ResponseStatus(201)
    public StatementView record(@Valid @NotNull StatementRequest request) {
        return StatementView.of(statements.record(
                new WorkAbilityStatement.Details(
                        request.clientId(),
                        request.pathwayId(),
                        request.purpose(),
                        request.conclusion(),
                        request.authorProfession(),
                        request.author(),
                        request.writtenOn(),
                        request.text()),
                caller.id()));
    }

    @GET
    @RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR})
    @AccessLogged(Purpose.HEALTH_CARE)
    @Operation(
            summary = "A client's work-ability statements",
            description = "Newest first, paged; clientId is required.")
    @APIResponse(responseCode = "200", description = "One page of statements")
    @APIResponse(responseCode = "400", description = "clientId is missing or malformed")
    public Page<StatementView> ofClient(
            @Parameter(description = "The client", required = true, example = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
                    @QueryParam("clientId")
                    String clientId,
            @Valid @BeanParam PageParams paging) {
        UUID client =
                QueryParams.uuid("clientId", clientId).orElseThrow(() -> new InvalidField("clientId", "is required"));
        return statements.ofClient(client, paging.page(), paging.size()).map(StatementView::of);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Role.HEALTH_NURSE, Role.DOCTOR, Role.ANALYST})
    @Operation(
            summary = "How many statements, for what, and who writes them",
            description = "Counts by purpose and "
                    + "the author's profession for the days from–to (both included, at most ten years); no client is named, "
                    + "but the counts are exact, so they are for health professionals and analysts. Management reads the "
                    + "statements as indicator-service's WORK_ABILITY_STATEMENTS, by month, quarter or year with small "
                    + "cells suppressed: day ranges of exact counts could be subtracted from each other.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "from or to missing, malformed, or in the wrong order")
    public CountsView counts(
            @Parameter(description = "First day", required = true, example = "2026-01-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day", required = true, example = "2026-03-31") @QueryParam("to") String to) {
        LocalDate first = QueryParams.date("from", from).orElseThrow(() -> new InvalidField("from", "is required"));
        LocalDate last = QueryParams.date("to", to).orElseThrow(() -> new InvalidField("to", "is required"));
        if (last.isBefore(first) || ChronoUnit.YEARS.between(first, last) >= 10) {
            throw new InvalidField("to", "must be on or after from, at most ten years later");
        }
        List<StatementService.Count> counts = statements.counts(first, last);
        return new CountsView(
                first,
                last,
                counts.stream().mapToLong(StatementService.Count::statements).sum(),
                counts);
    }
}
