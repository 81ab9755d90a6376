package fi.polku.platform.security;

import fi.polku.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an outside organisation's caller (403, logged like every refusal) on every endpoint not marked
 * {@link OpenToOutsideOrganisations}: what the county's register records is recorded by the county.
 */
public class OutsideOrganisations {

    private final Caller caller;

    OutsideOrganisations(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null
                || !caller.isAuthenticated()
                || caller.organisation().isCounty()
                || method.isAnnotationPresent(OpenToOutsideOrganisations.class)
                || resource.getResourceClass().isAnnotationPresent(OpenToOutsideOrganisations.class)) {
            return null;
        }
        return Response.status(403)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(new Problem(
                        URI.create("https://polku.fi/problems/forbidden"),
                        "Not allowed for this caller",
                        403,
                        "This is the county's own act: an outside organisation may not do it",
                        request.getUriInfo().getPath(),
                        List.of()))
                .build();
    }
}
