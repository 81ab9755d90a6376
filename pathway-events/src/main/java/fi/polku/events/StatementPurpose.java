package fi.polku.events;

/** What a work-ability statement (työkykylausunto) is written for. */
public enum StatementPurpose implements Labelled {
    KELA_REHABILITATION("Kelan kuntoutus", "FPA:s rehabilitering", "Kela rehabilitation"),
    KELA_SICKNESS_ALLOWANCE("Kelan sairauspäiväraha", "FPA:s sjukdagpenning", "Kela sickness allowance"),
    EARNINGS_RELATED_PENSION("Työeläke", "Arbetspension", "Earnings-related pension"),
    EMPLOYMENT_SERVICES("Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"),
    EMPLOYER("Työnantaja", "Arbetsgivare", "Employer");

    private final Labels labels;

    StatementPurpose(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
