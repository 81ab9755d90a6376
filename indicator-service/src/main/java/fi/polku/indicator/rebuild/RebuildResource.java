package fi.polku.indicator.rebuild;

import fi.polku.platform.rule.NotFound;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The analysts own the figures' correctness, so they rebuild the read model; it holds no client data. */
@Path("/api/v1/read-model/rebuilds")
@Tag(name = "Read model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ANALYST)
public class RebuildResource {

    @Inject
    RebuildService rebuilds;

    @Inject
    Caller caller;

    @POST
    @Operation(
            summary = "Rebuild the indicator read model from the topics",
            description = "Reads every event from "
                    + "the earliest offset into a fresh schema and then switches it in, in one transaction: the figures "
                    + "answer from the old model until then. Targets are kept. Runs in the background; follow it at the "
                    + "Location returned.")
    @APIResponseSchema(value = RebuildService.Run.class, responseCode = "202", responseDescription = "Started")
    @APIResponse(responseCode = "409", description = "A rebuild is running already")
    public RestResponse<RebuildService.Run> start() {
        RebuildService.Run run = rebuilds.start(caller.id());
        return RestResponse.ResponseBuilder.<RebuildService.Run>accepted(run)
                .location(UriBuilder.fromResource(RebuildResource.class)
                        .path("{id}")
                        .build(run.id()))
                .build();
    }

    @GET
    @Operation(summary = "Recent rebuilds", description = "The last twenty, newest first.")
    @APIResponse(responseCode = "200", description = "The rebuilds")
    public List<RebuildService.Run> recent() {
        return rebuilds.recent();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A rebuild",
            description = "RUNNING with the events applied so far, DONE, or FAILED with " + "the error.")
    @APIResponse(responseCode = "200", description = "The rebuild")
    @APIResponse(responseCode = "404", description = "No such rebuild")
    public RebuildService.Run find(@PathParam("id") UUID id) {
        return rebuilds.find(id).orElseThrow(() -> new NotFound("No rebuild " + id));
    }
}
