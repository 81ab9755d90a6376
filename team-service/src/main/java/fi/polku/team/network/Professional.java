package fi.polku.team.network;

import fi.polku.events.Profession;
import fi.polku.events.ProfessionalChanged;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.security.Organisation;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A professional in the work-ability network: from the county or an outside organisation, with the share of their
 * working time that goes to work-ability services and the standing teams they belong to.
 */
@Entity
@Table(name = "professional")
public class Professional extends PanacheEntityBase {

    /**
     * @param organisation      {@code COUNTY} or an outside organisation type
     * @param socialWelfare     whether a social-welfare professional (sosiaalihuollon ammattihenkilö), as the
     *                          Social Welfare Act §42 asks of the client's named social worker
     * @param fte               the share of working time in work-ability services, 0–1, two decimals
     * @param teams             the standing teams (ids) they belong to
     */
    public record Details(
            String name,
            Profession profession,
            Organisation organisation,
            String organisationName,
            boolean socialWelfare,
            BigDecimal fte,
            Set<UUID> teams,
            boolean active) {}

    @Id
    public UUID id;

    String name;

    @Enumerated(EnumType.STRING)
    Profession profession;

    String organisationType;

    String organisationName;

    boolean socialWelfare;

    BigDecimal fte;
    boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "professional_team", joinColumns = @JoinColumn(name = "professional_id"))
    @Column(name = "team_id")
    Set<UUID> teams;

    public Instant createdAt;

    public Instant updatedAt;
    /** Who made this version: never the professional themselves, who may not give themselves teams. */
    public String changedBy;

    protected Professional() {}

    static Professional create(Details details, Instant now) {
        return create(UUID.randomUUID(), details, now);
    }

    /** A professional registered under an id given to them elsewhere (the county's identity provider). */
    static Professional create(UUID id, Details details, Instant now) {
        Professional professional = new Professional();
        professional.id = id;
        professional.createdAt = now;
        professional.change(details, now);
        return professional;
    }

    /** Who changed the registry entry last: kept with the entry. */
    void changedBy(String actor) {
        changedBy = actor;
    }

    /** Replaces the details. An FTE is kept to two decimals; a third one is a mistake, not a rounding. */
    void change(Details details, Instant now) {
        BigDecimal share = Objects.requireNonNull(details.fte(), "fte");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidField("fte", "must be from 0 to 1");
        }
        if (share.stripTrailingZeros().scale() > 2) {
            throw new InvalidField("fte", "must have at most two decimals");
        }
        name = Objects.requireNonNull(details.name(), "name").strip();
        profession = Objects.requireNonNull(details.profession(), "profession");
        organisationType =
                Objects.requireNonNull(details.organisation(), "organisation").code();
        organisationName =
                details.organisationName() == null || details.organisationName().isBlank()
                        ? null
                        : details.organisationName().strip();
        socialWelfare = details.socialWelfare();
        fte = share.setScale(2, RoundingMode.UNNECESSARY);
        teams = new TreeSet<>(details.teams() == null ? Set.of() : details.teams());
        active = details.active();
        updatedAt = now;
    }

    /** This version of the professional for the registry topic: no name, which the staff figures do not need. */
    ProfessionalChanged changedEvent() {
        return new ProfessionalChanged(id, profession, organisationType, fte, List.copyOf(teams), active, updatedAt);
    }

    public Details details() {
        return new Details(
                name,
                profession,
                Organisation.parse(organisationType).orElseThrow(),
                organisationName,
                socialWelfare,
                fte,
                Set.copyOf(teams),
                active);
    }
}
