package fi.polku.events;

/** How a service the client was referred to ended. */
public enum ServiceResult implements Labelled {
    COMPLETED("Toteutui", "Genomförd", "Completed"),
    INTERRUPTED("Keskeytyi", "Avbruten", "Interrupted"),
    NOT_REALISED("Ei toteutunut", "Genomfördes inte", "Did not take place");

    private final Labels labels;

    ServiceResult(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
