package fi.polku.referral.pathway;

import fi.polku.events.OrganisationType;
import java.time.LocalDate;
import java.util.UUID;

/** Whether a client's consent to share data with an organisation type is in force on a day (the consent feature's). */
public interface ConsentInForce {

    boolean inForce(UUID clientId, OrganisationType type, LocalDate day);
}
