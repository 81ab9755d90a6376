package fi.polku.platform.accesslog;

import fi.polku.platform.FinnishTime;
import fi.polku.platform.http.PageParams;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.QueryParams;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access and disclosure log of this service, for an auditor: by client or by professional, over a time range. */
@Path("/api/v1/access-log")
@Tag(name = "Access log", description = "Every use and disclosure of client data in this service (act 703/2023)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.AUDITOR)
@AccessLogged(Purpose.AUDIT)
public class AccessLogResource {

    static final Period LONGEST_RANGE = Period.ofYears(1);

    /** A refused attempt. */
    private static final String EXAMPLE = """
            {"loggedAt": "2026-11-30T08:15:02.113Z", "kind": "USE", "actorId": "p-1042",
             "actorRoles": "team-member", "organisationType": "KELA", "purpose": "CLIENT_CARE",
             "action": "GET /api/v1/pathways/{id}", "resource": "/api/v1/pathways/0b6f1c9e-5d7a-4e59-9a43-1f0c2f6f3b11",
             "status": 404, "clientId": "5f8e2a7c-1b3d-4c6e-8f9a-0b1c2d3e4f50", "recipient": null}""";

    /** One entry: a use of client data by a professional or system, or a disclosure to another organisation. */
    @Schema(name = "AccessLogEntry", example = EXAMPLE)
    public record Entry(
            Instant loggedAt,
            String kind,
            String actorId,
            String actorRoles,
            String organisationType,
            String purpose,
            String action,
            String resource,

            @Schema(nullable = true, description = "The answer's status; none for a disclosure")
            Integer status,

            @Schema(nullable = true, description = "The client, where the use concerned one")
            UUID clientId,

            @Schema(nullable = true, description = "The organisation a disclosure went to")
            String recipient) {}

    @Inject
    EntityManager em;

    @Inject
    AccessLog accessLog;

    @GET
    @Operation(
            summary = "Read the access log",
            description = "By client, by professional (actor id), or both, over at most a year of days (Finnish time, "
                    + "both ends included); newest first. Reading it is itself logged.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "No client or actor given, or a bad range")
    public Page<Entry> read(
            @QueryParam("clientId")
                    @Parameter(description = "The client", example = "5f8e2a7c-1b3d-4c6e-8f9a-0b1c2d3e4f50")
                    String clientId,
            @QueryParam("actorId") @Parameter(description = "The professional id or system", example = "p-1042")
                    String actorId,
            @QueryParam("from") @Parameter(description = "First day", required = true, example = "2026-11-01")
                    String from,
            @QueryParam("to") @Parameter(description = "Last day", required = true, example = "2026-11-30") String to,
            @Valid @BeanParam PageParams paging) {
        Optional<UUID> client = QueryParams.uuid("clientId", clientId);
        client.ifPresent(accessLog::concerns);
        Optional<String> actor = Optional.ofNullable(actorId).map(String::strip).filter(a -> !a.isEmpty());
        if (client.isEmpty() && actor.isEmpty()) {
            throw new InvalidField("clientId", "give a clientId, an actorId or both");
        }
        if (actor.isPresent() && actor.get().length() > 200) {
            throw new InvalidField("actorId", "must be at most 200 characters");
        }
        LocalDate first = QueryParams.date("from", from).orElseThrow(() -> new InvalidField("from", "is required"));
        LocalDate last = QueryParams.date("to", to).orElseThrow(() -> new InvalidField("to", "is required"));
        if (last.isBefore(first) || last.isAfter(first.plus(LONGEST_RANGE))) {
            throw new InvalidField("to", "must be on or after from and at most a year after it");
        }
        String where = """
                where logged_at >= ?1 and logged_at < ?2
                  and (cast(?3 as uuid) is null or client_id = cast(?3 as uuid))
                  and (cast(?4 as text) is null or actor_id = cast(?4 as text))""";
        Object[] parameters = {
            first.atStartOfDay(FinnishTime.ZONE).toOffsetDateTime(),
            last.plusDays(1).atStartOfDay(FinnishTime.ZONE).toOffsetDateTime(),
            client.orElse(null),
            actor.orElse(null)
        };
        var count = em.createNativeQuery("select count(*) from access_log " + where, Long.class);
        var select = em.createNativeQuery("""
                select logged_at, kind, actor_id, actor_roles, organisation_type, purpose, action, resource, status,
                       client_id, recipient
                from access_log""" + " " + where + " order by logged_at desc, id desc");
        for (int i = 0; i < parameters.length; i++) {
            count.setParameter(i + 1, parameters[i]);
            select.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = select.setFirstResult(paging.page() * paging.size())
                .setMaxResults(paging.size())
                .getResultList();
        List<Entry> entries = rows.stream()
                .map(row -> (Object[]) row)
                .map(AccessLogResource::entry)
                .toList();
        return new Page<>(entries, ((Number) count.getSingleResult()).longValue(), paging.page(), paging.size());
    }

    private static Entry entry(Object[] row) {
        return new Entry(
                instant(row[0]),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                row[8] == null ? null : ((Number) row[8]).intValue(),
                (UUID) row[9],
                (String) row[10]);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
