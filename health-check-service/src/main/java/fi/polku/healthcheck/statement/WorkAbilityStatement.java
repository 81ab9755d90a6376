package fi.polku.healthcheck.statement;

import fi.polku.events.Profession;
import fi.polku.events.StatementConclusion;
import fi.polku.events.StatementPurpose;
import fi.polku.events.WorkAbilityStatementRecorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A work-ability statement as recorded; its text stays here. */
@Entity
@Table(name = "work_ability_statement")
public class WorkAbilityStatement extends PanacheEntityBase {

    /** What a statement says of itself. */
    public record Details(
            UUID clientId,
            UUID pathwayId,
            StatementPurpose purpose,
            StatementConclusion conclusion,
            Profession authorProfession,
            String author,
            LocalDate writtenOn,
            String text) {}

    @Id
    public UUID id;

    UUID clientId;

    UUID pathwayId;

    @Enumerated(EnumType.STRING)
    StatementPurpose purpose;

    @Enumerated(EnumType.STRING)
    StatementConclusion conclusion;

    @Enumerated(EnumType.STRING)
    Profession authorProfession;

    String author;

    LocalDate writtenOn;

    String text;

    public String recordedBy;

    public Instant recordedAt;

    protected WorkAbilityStatement() {}

    static WorkAbilityStatement record(Details details, String recordedBy, Instant now) {
        WorkAbilityStatement statement = new WorkAbilityStatement();
        statement.id = UUID.randomUUID();
        statement.clientId = details.clientId();
        statement.pathwayId = details.pathwayId();
        statement.purpose = details.purpose();
        statement.conclusion = details.conclusion();
        statement.authorProfession = details.authorProfession();
        statement.author = details.author().strip();
        statement.writtenOn = details.writtenOn();
        statement.text = details.text() == null || details.text().isBlank()
                ? null
                : details.text().strip();
        statement.recordedBy = recordedBy;
        statement.recordedAt = now;
        return statement;
    }

    WorkAbilityStatementRecorded recordedEvent() {
        return new WorkAbilityStatementRecorded(
                id, clientId, pathwayId, purpose, conclusion, authorProfession, writtenOn, recordedAt);
    }

    public Details details() {
        return new Details(clientId, pathwayId, purpose, conclusion, authorProfession, author, writtenOn, text);
    }
}
