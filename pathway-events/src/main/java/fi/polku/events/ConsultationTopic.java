package fi.polku.events;

/** What a consultation is about. */
public enum ConsultationTopic implements Labelled {
    WORK_ABILITY_ASSESSMENT("Työkyvyn arviointi", "Bedömning av arbetsförmågan", "Work-ability assessment"),
    SERVICE_CHOICE("Palvelun valinta", "Val av tjänst", "Choice of service"),
    REHABILITATION("Kuntoutus", "Rehabilitering", "Rehabilitation"),
    INCOME_AND_BENEFITS("Toimeentulo ja etuudet", "Utkomst och förmåner", "Income and benefits"),
    EMPLOYMENT("Työllistyminen", "Sysselsättning", "Employment"),
    OTHER("Muu aihe", "Annat ämne", "Other topic");

    private final Labels labels;

    ConsultationTopic(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
