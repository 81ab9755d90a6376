package fi.polku.platform.security;

import fi.polku.platform.rule.NotAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Method;

/**
 * Refuses an outside organisation's caller on every endpoint not marked {@link OpenToOutsideOrganisations}: what the
 * county's register records is recorded by the county. The refusal is the domain's {@link NotAllowed}; the HTTP edge
 * ({@code platform.http.OutsideOrganisationsFilter}) asks before every endpoint runs, and the one problem mapper
 * answers it like every other refusal (403, logged).
 */
@ApplicationScoped
public class OutsideOrganisations {

    @Inject
    Caller caller;

    /** Refuses the caller unless it is the county's own, or {@code endpoint} of {@code resource} is open to others. */
    public void allow(Method endpoint, Class<?> resource) {
        if (!caller.isAuthenticated()
                || caller.organisation().isCounty()
                || endpoint.isAnnotationPresent(OpenToOutsideOrganisations.class)
                || resource.isAnnotationPresent(OpenToOutsideOrganisations.class)) {
            return;
        }
        throw new NotAllowed("This is the county's own act: an outside organisation may not do it");
    }
}
