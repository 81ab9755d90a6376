package fi.polku.platform.security;

import fi.polku.events.OrganisationType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation a caller works for, from the token's {@code org_type} claim: the wellbeing services county
 * itself, or one of the outside organisation types a client can consent to share data with.
 *
 * <p>An outside organisation's professional works only inside a client's team and only with the client's
 * consent, so their token holds {@link Role#TEAM_MEMBER} at most, and an employment organisation's system also
 * {@link Role#INTEGRATION_EMPLOYMENT}; other roles in such a token are dropped, never honoured.
 */
public record Organisation(Optional<OrganisationType> outsideType) {

    public static final String COUNTY = "COUNTY";
    public static final String CLAIM = "org_type";

    private static final Set<OrganisationType> EMPLOYMENT =
            Set.of(OrganisationType.EMPLOYMENT_SERVICES, OrganisationType.MUNICIPAL_EMPLOYMENT);

    public static Organisation county() {
        return new Organisation(Optional.empty());
    }

    /** The claim's value read strictly: {@code COUNTY} or an {@link OrganisationType} name. */
    public static Optional<Organisation> parse(String claim) {
        if (COUNTY.equals(claim)) {
            return Optional.of(county());
        }
        return Arrays.stream(OrganisationType.values())
                .filter(type -> type.name().equals(claim))
                .findFirst()
                .map(type -> new Organisation(Optional.of(type)));
    }

    public boolean isCounty() {
        return outsideType.isEmpty();
    }

    /** Whether a professional of this organisation may hold the role at all. */
    public boolean mayHold(String role) {
        if (isCounty()) {
            return true;
        }
        return Role.TEAM_MEMBER.equals(role)
                || Role.INTEGRATION_EMPLOYMENT.equals(role) && EMPLOYMENT.contains(outsideType.get());
    }

    public String code() {
        return outsideType.map(Enum::name).orElse(COUNTY);
    }
}
