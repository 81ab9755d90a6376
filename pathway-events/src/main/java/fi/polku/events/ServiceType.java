package fi.polku.events;

/** A service a client is referred to during a pathway; the indicators count these. */
public enum ServiceType implements Labelled {
    REHABILITATIVE_WORK_ACTIVITY(
            "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity"),
    SOCIAL_REHABILITATION("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"),
    SUPPORTED_EMPLOYMENT_IPS("Tuettu työllistyminen (IPS)", "Stödd sysselsättning (IPS)", "Supported employment (IPS)"),
    KELA_VOCATIONAL_REHABILITATION(
            "Kelan ammatillinen kuntoutus", "FPA:s yrkesinriktade rehabilitering", "Kela vocational rehabilitation"),
    MENTAL_HEALTH_SERVICES("Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services"),
    SUBSTANCE_ABUSE_SERVICES("Päihdepalvelut", "Missbrukartjänster", "Substance abuse services"),
    DISABILITY_SERVICES("Vammaispalvelut", "Funktionshinderservice", "Disability services"),
    WORK_ABILITY_ASSESSMENT("Työkyvyn arviointi", "Bedömning av arbetsförmågan", "Work-ability assessment"),
    DISABILITY_PENSION_APPLICATION(
            "Työkyvyttömyyseläkehakemus", "Ansökan om sjukpension", "Disability pension application"),
    EDUCATION("Koulutus", "Utbildning", "Education"),
    EMPLOYMENT_SERVICES("Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services"),
    OTHER("Muu palvelu", "Annan tjänst", "Other service");

    private final Labels labels;

    ServiceType(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
