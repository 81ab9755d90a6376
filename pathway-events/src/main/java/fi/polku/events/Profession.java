package fi.polku.events;

/** A professional's role in a work-ability support team. */
public enum Profession implements Labelled {
    UNEMPLOYED_HEALTH_NURSE(
            "Työttömien terveydenhoitaja", "Hälsovårdare för arbetslösa", "Unemployed people's health nurse"),
    WORK_ABILITY_COORDINATOR("Työkykykoordinaattori", "Arbetsförmågekoordinator", "Work-ability coordinator"),
    KELA_WORK_ABILITY_ADVISOR("Kelan työkykyneuvoja", "FPA:s arbetsförmågerådgivare", "Kela work-ability advisor"),
    EMPLOYMENT_EXPERT("TE-asiantuntija", "Sakkunnig inom arbetskraftsservice", "Employment services expert"),
    MUNICIPAL_EMPLOYMENT_EXPERT(
            "Kunnan työllisyyspalveluiden asiantuntija",
            "Sakkunnig inom kommunens sysselsättningstjänster",
            "Municipal employment expert"),
    SOCIAL_WORKER(
            "Aikuissosiaalityön työntekijä",
            "Arbetstagare inom socialt arbete för vuxna",
            "Adult social services worker"),
    SOCIAL_INSTRUCTOR("Sosiaaliohjaaja", "Socialhandledare", "Social instructor"),
    PSYCHIATRIC_NURSE("Psykiatrinen sairaanhoitaja", "Psykiatrisk sjukskötare", "Psychiatric nurse"),
    DOCTOR("Lääkäri", "Läkare", "Doctor"),
    THIRD_SECTOR_WORKER("Kolmannen sektorin työntekijä", "Arbetstagare inom tredje sektorn", "Third-sector worker"),
    PSYCHOLOGIST("Psykologi", "Psykolog", "Psychologist"),
    PHYSIOTHERAPIST("Fysioterapeutti", "Fysioterapeut", "Physiotherapist"),
    OCCUPATIONAL_THERAPIST("Toimintaterapeutti", "Ergoterapeut", "Occupational therapist"),
    JOB_COACH("Työhönvalmentaja", "Jobbcoach", "Job coach"),
    OTHER("Muu ammattilainen", "Annan yrkesperson", "Other professional");

    private final Labels labels;

    Profession(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Whether a licensed health-care professional (terveydenhuollon ammattihenkilö), who may read health findings. */
    public boolean isHealthCare() {
        return switch (this) {
            case UNEMPLOYED_HEALTH_NURSE,
                    PSYCHIATRIC_NURSE,
                    DOCTOR,
                    PSYCHOLOGIST,
                    PHYSIOTHERAPIST,
                    OCCUPATIONAL_THERAPIST -> true;
            default -> false;
        };
    }
}
