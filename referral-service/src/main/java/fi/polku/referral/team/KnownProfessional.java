package fi.polku.referral.team;

import fi.polku.events.Profession;
import fi.polku.events.ProfessionalChanged;
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
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A professional of the network as the registry last said they were: their organisation, profession and teams. */
@Entity
@Table(name = "known_professional")
public class KnownProfessional extends PanacheEntityBase {

    @Id
    UUID professionalId;

    @Enumerated(EnumType.STRING)
    public Profession profession;

    String organisationType;

    public boolean active;

    Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_professional_team", joinColumns = @JoinColumn(name = "professional_id"))
    @Column(name = "team_id")
    Set<UUID> teams = new HashSet<>();

    protected KnownProfessional() {}

    static KnownProfessional of(ProfessionalChanged changed) {
        KnownProfessional professional = new KnownProfessional();
        professional.professionalId = changed.professionalId();
        professional.apply(changed);
        return professional;
    }

    /** Takes the newer version only: a replayed or late older record leaves the professional as they are. */
    void apply(ProfessionalChanged changed) {
        if (changedAt != null && changed.changedAt().isBefore(changedAt)) {
            return;
        }
        profession = changed.profession();
        organisationType = changed.organisationType();
        active = changed.active();
        changedAt = changed.changedAt();
        teams.clear();
        teams.addAll(changed.teamIds());
    }

    /** The teams they act for as {@code organisation} (its code): none unless active and of that organisation. */
    Set<UUID> teamsAs(String organisation) {
        return active && organisationType.equals(organisation) ? Set.copyOf(teams) : Set.of();
    }
}
