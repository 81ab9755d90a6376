package fi.polku.events;

/** How a professional was in contact with a client (asiakaskäynti). */
public enum ContactKind implements Labelled {
    VISIT("Käynti", "Besök", "Visit"),
    PHONE("Puhelu", "Telefonsamtal", "Phone call"),
    REMOTE("Etäyhteys", "Distanskontakt", "Remote contact");

    private final Labels labels;

    ContactKind(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
