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
    public UUID eventId;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    UUID pathwayId;

    public String type;
    public String source;

    public Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String facts;

    protected TimelineEntry() {}
}
