package fi.polku.platform.security;

import fi.polku.platform.rule.NotAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an outside organisation's caller (403, logged like every refusal) on every endpoint not marked
 * {@link OpenToOutsideOrganisations}: what the county's register records is recorded by the county. The refusal
 * is the domain's {@link NotAllowed}, which the one problem mapper answers like any other.
 */
public class OutsideOrganisations {

    private final Caller caller;

    OutsideOrganisations(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null
                || !caller.isAuthenticated()
                || caller.organisation().isCounty()
                || method.isAnnotationPresent(OpenToOutsideOrganisations.class)
                || resource.getResourceClass().isAnnotationPresent(OpenToOutsideOrganisations.class)) {
            return;
        }
        throw new NotAllowed("This is the county's own act: an outside organisation may not do it");
    }
}
