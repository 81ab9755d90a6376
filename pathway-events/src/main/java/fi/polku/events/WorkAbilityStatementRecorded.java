package fi.polku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A work-ability statement (työkykylausunto) was recorded: its purpose, conclusion and the author's profession
 * travel, so that the volume and who writes them can be counted; its text stays in health-check-service.
 *
 * @param statementId      the statement
 * @param clientId         the client
 * @param pathwayId        the pathway, when the check belongs to one
 * @param purpose          what it is for
 * @param conclusion       what it concludes
 * @param authorProfession the author's profession
 * @param writtenOn        the day it was written
 * @param recordedAt       when it was recorded
 */
public record WorkAbilityStatementRecorded(
        UUID statementId,
        UUID clientId,
        UUID pathwayId,
        StatementPurpose purpose,
        StatementConclusion conclusion,
        Profession authorProfession,
        LocalDate writtenOn,
        Instant recordedAt)
        implements HealthCheckEvent {

    public WorkAbilityStatementRecorded {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(authorProfession, "authorProfession");
        Objects.requireNonNull(writtenOn, "writtenOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
