package fi.polku.team.network;

import fi.polku.events.StandingTeamChanged;
import fi.polku.events.TeamKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A standing team of the county: per area, serving sote-centres and municipalities. */
@Entity
@Table(name = "standing_team")
public class StandingTeam extends PanacheEntityBase {

    /** What describes a team; all of it can change. */
    public record Details(
            String name,
            TeamKind kind,
            String area,
            Set<String> soteCentres,
            Set<String> municipalityCodes,
            boolean active) {}

    @Id
    public UUID id;

    String name;

    @Enumerated(EnumType.STRING)
    TeamKind kind;

    String area;
    boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standing_team_sote_centre", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "sote_centre")
    Set<String> soteCentres;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standing_team_municipality", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "municipality_code", columnDefinition = "bpchar(3)")
    Set<String> municipalityCodes;

    public Instant createdAt;

    public Instant updatedAt;

    protected StandingTeam() {}

    static StandingTeam create(Details details, Instant now) {
        StandingTeam team = new StandingTeam();
        team.id = UUID.randomUUID();
        team.createdAt = now;
        team.change(details, now);
        return team;
    }

    void change(Details details, Instant now) {
        name = Objects.requireNonNull(details.name(), "name").strip();
        kind = Objects.requireNonNull(details.kind(), "kind");
        area = Objects.requireNonNull(details.area(), "area").strip();
        soteCentres = stripped(details.soteCentres());
        municipalityCodes = new TreeSet<>(details.municipalityCodes() == null ? Set.of() : details.municipalityCodes());
        active = details.active();
        updatedAt = now;
    }

    private static Set<String> stripped(Set<String> values) {
        Set<String> result = new TreeSet<>();
        if (values != null) {
            values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(result::add);
        }
        return result;
    }

    /** The team as the registry topic publishes it. */
    StandingTeamChanged changedEvent() {
        return new StandingTeamChanged(
                id, name, kind, area, List.copyOf(soteCentres), List.copyOf(municipalityCodes), active, updatedAt);
    }

    public Details details() {
        return new Details(name, kind, area, Set.copyOf(soteCentres), Set.copyOf(municipalityCodes), active);
    }
}
