package fi.polku.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A professional of the network as they now are, for the staff resources: published when team-service's network adds
 * or changes one, keyed by the professional, so that the latest record of each key is their registry entry. It carries
 * no name: what the staff figures need is the profession, the organisation, the share of working time and the teams.
 *
 * @param professionalId   the professional
 * @param profession       their role in work-ability support
 * @param organisationType {@value TeamMember#COUNTY}, or the {@link OrganisationType} of the outside organisation they work for
 * @param fte              the share of their working time in work-ability services, 0–1, two decimals
 * @param teamIds          the standing teams they belong to
 * @param active           whether they work in the network now
 * @param changedAt        when this version of them was made
 */
public record ProfessionalChanged(
        UUID professionalId,
        Profession profession,
        String organisationType,
        BigDecimal fte,
        List<UUID> teamIds,
        boolean active,
        Instant changedAt)
        implements NetworkEvent {

    public ProfessionalChanged {
        Objects.requireNonNull(professionalId, "professionalId");
        Objects.requireNonNull(profession, "profession");
        TeamMember.requireOrganisationType(organisationType);
        Objects.requireNonNull(fte, "fte");
        teamIds = List.copyOf(teamIds);
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public UUID subject() {
        return professionalId;
    }
}
