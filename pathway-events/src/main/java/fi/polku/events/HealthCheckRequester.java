package fi.polku.events;

/** Who asked for a health check for the unemployed. */
public enum HealthCheckRequester implements Labelled {
    WORKLIST("Työlista", "Arbetslista", "The worklist of unemployed clients"),
    NURSE("Terveydenhoitaja", "Hälsovårdare", "A nurse"),
    CLIENT_TEAM("Asiakkaan tiimi", "Klientens team", "The client's team"),
    EMPLOYMENT_SERVICES("TE-palvelut", "TE-tjänster", "Employment services"),
    MUNICIPAL_EMPLOYMENT(
            "Kunnan työllisyyspalvelut", "Kommunens sysselsättningstjänster", "Municipal employment services");

    private final Labels labels;

    HealthCheckRequester(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
