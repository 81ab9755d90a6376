package fi.polku.platform.http;

import fi.polku.platform.security.OutsideOrganisations;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Asks {@link OutsideOrganisations} before every endpoint runs, whether its caller may call it at all. */
public class OutsideOrganisationsFilter {

    @Inject
    OutsideOrganisations outsideOrganisations;

    @ServerRequestFilter
    public void check(ResourceInfo resource) {
        if (resource != null && resource.getResourceMethod() != null) {
            outsideOrganisations.allow(resource.getResourceMethod(), resource.getResourceClass());
        }
    }
}
