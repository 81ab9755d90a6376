package fi.polku.events;

/** What a health check for the unemployed led to. */
public enum HealthCheckFollowUp implements Labelled {
    DOCTOR_APPOINTMENT("Lääkärin vastaanotto", "Läkarmottagning", "Doctor's appointment"),
    WORK_ABILITY_ASSESSMENT("Työkyvyn arviointi", "Bedömning av arbetsförmågan", "Work-ability assessment"),
    TEAM_REFERRAL(
            "Ohjaus työkyvyn tuen tiimiin",
            "Remiss till teamet för stöd för arbetsförmågan",
            "Referral to the work-ability support team"),
    MENTAL_HEALTH_SERVICES("Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services"),
    SUBSTANCE_ABUSE_SERVICES("Päihdepalvelut", "Missbrukartjänster", "Substance abuse services"),
    KELA_REHABILITATION("Kelan kuntoutus", "FPA:s rehabilitering", "Kela rehabilitation"),
    PHYSIOTHERAPY("Fysioterapia", "Fysioterapi", "Physiotherapy");

    private final Labels labels;

    HealthCheckFollowUp(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
