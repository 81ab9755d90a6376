package fi.polku.referral.pathway;

import fi.polku.events.AgeGroup;
import fi.polku.events.LabourMarketStatus;
import fi.polku.events.Outcome;
import fi.polku.events.PathwayClosed;
import fi.polku.events.PathwayOpened;
import fi.polku.events.PathwayReopened;
import fi.polku.events.PathwayType;
import fi.polku.platform.rule.StateConflict;
import fi.polku.platform.validation.Text;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One episode of work-ability support for one client. */
@Entity
public class Pathway extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public PathwayType type;

    public String area;
    public String team;

    /** The team in team-service's registry; none on pathways from before teams had ids. */
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    public PathwayStatus status;

    public Instant openedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public Integer feedbackScore;

    public String feedbackText;

    public Instant closedAt;

    protected Pathway() {}

    /** Opens pathway {@code id} for a client; the id is the one its first referral was received on. */
    public static Pathway open(
            UUID id, UUID clientId, PathwayType type, String area, String team, UUID teamId, Instant now) {
        Pathway pathway = new Pathway();
        pathway.id = Objects.requireNonNull(id, "id");
        pathway.clientId = Objects.requireNonNull(clientId, "clientId");
        pathway.type = Objects.requireNonNull(type, "type");
        pathway.area = Objects.requireNonNull(area, "area").strip();
        pathway.team = Text.stripToNull(team);
        pathway.teamId = teamId;
        pathway.status = PathwayStatus.OPEN;
        pathway.openedAt = Objects.requireNonNull(now, "now");
        return pathway;
    }

    /**
     * The event of its opening; age band and municipality are the client's, the labour-market status its opening
     * referral's, given by the caller.
     */
    public PathwayOpened openedEvent(
            AgeGroup ageGroup,
            String disclosableMunicipalityCode,
            LabourMarketStatus labourMarketStatus,
            LocalDate unemployedSince) {
        return new PathwayOpened(
                id,
                clientId,
                ageGroup,
                disclosableMunicipalityCode,
                type,
                area,
                team,
                teamId,
                labourMarketStatus,
                unemployedSince,
                openedAt);
    }

    /** Ends the pathway with an outcome and, optionally, the client's feedback (score 1–5 and words). */
    public PathwayClosed close(Outcome result, Integer score, String text, Instant now) {
        if (status == PathwayStatus.CLOSED) {
            throw new StateConflict("Pathway " + id + " is already closed (" + outcome + ")");
        }
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("feedback score must be 1–5");
        }
        status = PathwayStatus.CLOSED;
        outcome = Objects.requireNonNull(result, "outcome");
        feedbackScore = score;
        feedbackText = Text.stripToNull(text);
        closedAt = now;
        return new PathwayClosed(id, clientId, outcome, feedbackScore, now);
    }

    /**
     * Reopens a closed pathway; the outcome it had is kept in the returned record, and the pathway is
     * open again as if it had not ended.
     */
    public Reopening reopen(String reason, String by, Instant now) {
        if (status != PathwayStatus.CLOSED) {
            throw new StateConflict("Pathway " + id + " is open; only a closed pathway can be reopened");
        }
        Reopening reopening = Reopening.of(
                id,
                outcome,
                closedAt,
                Objects.requireNonNull(reason, "reason").strip(),
                Objects.requireNonNull(by, "by"),
                now);
        status = PathwayStatus.OPEN;
        outcome = null;
        feedbackScore = null;
        feedbackText = null;
        closedAt = null;
        return reopening;
    }

    public PathwayReopened reopenedEvent(Reopening reopening) {
        return new PathwayReopened(id, clientId, reopening.reopenedAt);
    }
}
