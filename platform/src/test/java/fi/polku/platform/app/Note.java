package fi.polku.platform.app;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A state change of the test application, written in the same transaction as its event. */
@Entity
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    public String text;
}
