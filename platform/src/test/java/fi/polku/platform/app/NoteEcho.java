package fi.polku.platform.app;

import fi.polku.events.ReferralReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/** Reacts to the notes' own appended events, as another feature of the same service would. */
@ApplicationScoped
public class NoteEcho {

    void onAppended(@Observes ReferralReceived event) {
        if (event.requestedArea() != null && event.requestedArea().startsWith("echo")) {
            Note echo = new Note();
            echo.id = UUID.randomUUID();
            echo.text = "echo of " + event.referralId();
            echo.persist();
        }
    }
}
