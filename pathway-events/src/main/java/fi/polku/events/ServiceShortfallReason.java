package fi.polku.events;

/** Why a service did not take place or was interrupted. */
public enum ServiceShortfallReason implements Labelled {
    CLIENT_DECLINED("Asiakas kieltäytyi", "Klienten avböjde", "The client declined"),
    NO_CAPACITY("Ei palvelukapasiteettia", "Ingen kapacitet", "No capacity"),
    CLIENT_NOT_REACHED("Asiakasta ei tavoitettu", "Klienten nåddes inte", "Could not reach the client"),
    NOT_ELIGIBLE("Ei täyttänyt edellytyksiä", "Uppfyllde inte villkoren", "Not eligible"),
    HEALTH_REASONS("Terveydelliset syyt", "Hälsoskäl", "Health reasons"),
    CLIENT_MOVED("Asiakas muutti", "Klienten flyttade", "The client moved"),
    OTHER("Muu syy", "Annan orsak", "Other reason");

    private final Labels labels;

    ServiceShortfallReason(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
