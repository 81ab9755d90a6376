package fi.polku.events;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional on a client's team as the bus knows them: an id and codes, never a name.
 *
 * @param professionalId   the professional in team-service's network
 * @param profession       their profession
 * @param organisationType {@value #COUNTY} for the wellbeing services county itself, else the outside
 *                         {@link OrganisationType} they work for
 */
public record TeamMember(UUID professionalId, Profession profession, String organisationType) {

    public static final String COUNTY = "COUNTY";

    public TeamMember {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(profession, "profession");
        requireOrganisationType(organisationType);
    }

    /** Refuses anything but {@value #COUNTY} or an {@link OrganisationType}'s name, as every network event spells it. */
    static void requireOrganisationType(String organisationType) {
        if (!COUNTY.equals(organisationType)
                && Arrays.stream(OrganisationType.values())
                        .noneMatch(t -> t.name().equals(organisationType))) {
            throw new IllegalArgumentException(
                    "organisationType must be COUNTY or an OrganisationType: " + organisationType);
        }
    }
}
