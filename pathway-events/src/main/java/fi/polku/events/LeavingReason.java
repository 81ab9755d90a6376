package fi.polku.events;

/** Why a professional left a client's team. */
public enum LeavingReason implements Labelled {
    /** The team was recomposed without them. */
    REMOVED("Poistettu tiimistä", "Togs bort från teamet", "Removed from the team"),
    /** The client's consent for their organisation type ended: withdrawn, or lapsed at its end date. */
    CONSENT_ENDED("Suostumus päättyi", "Samtycket upphörde", "Consent ended");

    private final Labels labels;

    LeavingReason(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
