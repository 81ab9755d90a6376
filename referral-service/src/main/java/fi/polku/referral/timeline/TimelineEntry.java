package fi.polku.referral.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event of a pathway as the timeline shows it; {@code seq} keeps the bus's order for equal times. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    UUID eventId;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    @Column(name = "pathway_id")
    UUID pathwayId;

    String type;
    String source;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    String facts;

    protected TimelineEntry() {}

    public UUID eventId() {
        return eventId;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String facts() {
        return facts;
    }
}
