package fi.polku.events;

/** What a client's team decided in a meeting. */
public enum MeetingDecision implements Labelled {
    REFER_TO_SERVICE("Ohjaus palveluun", "Hänvisning till tjänst", "Refer to a service"),
    HEALTH_CHECK_NEEDED("Terveystarkastus tarpeen", "Hälsoundersökning behövs", "Health check needed"),
    WORK_ABILITY_ASSESSMENT_NEEDED(
            "Työkyvyn arviointi tarpeen", "Bedömning av arbetsförmågan behövs", "Work-ability assessment needed"),
    COMPETENCE_CENTRE_CONSULTATION(
            "Osaamiskeskuksen konsultaatio", "Konsultation med kompetenscentret", "Competence-centre consultation"),
    COMPETENCE_CENTRE_REFERRAL(
            "Ohjaus osaamiskeskukseen", "Hänvisning till kompetenscentret", "Referral to the competence centre"),
    PLAN_UPDATED("Suunnitelma päivitetty", "Planen uppdaterad", "Plan updated"),
    CLOSING_PROPOSED("Polun päättämistä ehdotettu", "Avslutning av stigen föreslagen", "Closing the pathway proposed"),
    OTHER("Muu päätös", "Annat beslut", "Other decision");

    private final Labels labels;

    MeetingDecision(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
