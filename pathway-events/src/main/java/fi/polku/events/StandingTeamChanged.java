package fi.polku.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A standing team as it now is: published when team-service's network adds or changes it, keyed by the team, so that
 * the latest record of each key is the team's registry entry and a consumer keeps the newest it has seen.
 *
 * @param teamId            the team
 * @param name              its name, unique in the county
 * @param kind              a work-ability team or the competence centre
 * @param area              the area it serves
 * @param soteCentres       the sote-centres it works in
 * @param municipalityCodes the municipalities it serves
 * @param active            whether it takes clients now
 * @param changedAt         when this version of it was made
 */
public record StandingTeamChanged(
        UUID teamId,
        String name,
        TeamKind kind,
        String area,
        List<String> soteCentres,
        List<String> municipalityCodes,
        boolean active,
        Instant changedAt)
        implements NetworkEvent {

    public StandingTeamChanged {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        soteCentres = List.copyOf(soteCentres);
        municipalityCodes = List.copyOf(municipalityCodes);
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @Override
    public UUID subject() {
        return teamId;
    }
}
