package fi.polku.events;

/** Why a booked or requested health check was cancelled. */
public enum HealthCheckCancellation implements Labelled {
    CLIENT_CANCELLED("Asiakas perui", "Klienten avbokade", "The client cancelled"),
    CLIENT_EMPLOYED("Asiakas työllistyi", "Klienten fick arbete", "The client found work"),
    CLIENT_MOVED("Asiakas muutti", "Klienten flyttade", "The client moved away"),
    CLIENT_UNREACHABLE("Asiakasta ei tavoitettu", "Klienten nåddes inte", "The client could not be reached"),
    UNIT_CANCELLED("Yksikkö perui", "Enheten avbokade", "The unit cancelled"),
    OTHER("Muu syy", "Annan orsak", "Other reason");

    private final Labels labels;

    HealthCheckCancellation(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
