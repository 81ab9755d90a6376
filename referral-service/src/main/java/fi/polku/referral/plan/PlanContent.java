package fi.polku.referral.plan;

import fi.polku.events.ServiceType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one version of a plan says.
 *
 * @param goals          the client's goals, in the client's and team's words
 * @param agreedServices the services agreed to reach them
 */
public record PlanContent(List<String> goals, List<AgreedService> agreedServices) {

    public PlanContent {
        goals = goals.stream().map(String::strip).toList();
        agreedServices = List.copyOf(agreedServices);
    }

    /**
     * A service the plan agrees on.
     *
     * @param responsibleOrganisation who arranges it, e.g. "Kela" or "Oulun työllisyysalue"
     * @param targetDate              by when, if agreed
     */
    public record AgreedService(
            ServiceType serviceType,
            String responsibleOrganisation,
            @Schema(nullable = true) LocalDate targetDate,
            @Schema(nullable = true) String description) {}
}
