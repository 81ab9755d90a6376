package fi.polku.events;

/** What an employment system is told about a pathway it referred a client to. */
public enum EmploymentChange implements Labelled {
    PATHWAY_OPENED("Palvelupolku alkoi", "Servicestigen började", "Pathway opened"),
    SERVICE_STARTED("Palvelu alkoi", "Tjänsten började", "Service started"),
    PATHWAY_CLOSED("Palvelupolku päättyi", "Servicestigen avslutades", "Pathway closed");

    private final Labels labels;

    EmploymentChange(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
