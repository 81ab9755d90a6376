package fi.polku.events;

/** The professional's assessment of the client's work ability at a health check. */
public enum WorkAbilityAssessment implements Labelled {
    ABLE_TO_WORK("Työkykyinen", "Arbetsför", "Able to work"),
    PARTIALLY_ABLE("Osatyökykyinen", "Partiellt arbetsför", "Partially able to work"),
    UNABLE_NOW("Tällä hetkellä työkyvytön", "För närvarande arbetsoförmögen", "Unable to work now"),
    NEEDS_ASSESSMENT(
            "Työkyky arvioitava tarkemmin",
            "Arbetsförmågan behöver bedömas närmare",
            "Needs a work-ability assessment");

    private final Labels labels;

    WorkAbilityAssessment(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
