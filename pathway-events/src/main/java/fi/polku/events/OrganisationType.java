package fi.polku.events;

/** An organisation type a client can consent to share pathway data with. */
public enum OrganisationType implements Labelled {
    KELA("Kela", "FPA", "Kela (Social Insurance Institution)"),
    EMPLOYMENT_SERVICES("TE-palvelut", "TE-tjänster", "Employment services"),
    MUNICIPAL_EMPLOYMENT("Kunnan työllisyyspalvelut",
            "Kommunens sysselsättningstjänster", "Municipal employment services"),
    OCCUPATIONAL_HEALTH("Työterveyshuolto", "Företagshälsovård", "Occupational health care"),
    THIRD_SECTOR("Kolmas sektori", "Tredje sektorn", "Third sector");

    private final Labels labels;

    OrganisationType(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
