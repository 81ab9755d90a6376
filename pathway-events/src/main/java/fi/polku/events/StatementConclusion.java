package fi.polku.events;

/** What a work-ability statement concludes. */
public enum StatementConclusion implements Labelled {
    ABLE_TO_WORK("Työkykyinen", "Arbetsför", "Able to work"),
    PARTIALLY_ABLE("Osatyökykyinen", "Partiellt arbetsför", "Partially able to work"),
    UNABLE_TO_WORK("Työkyvytön", "Arbetsoförmögen", "Unable to work"),
    REHABILITATION_RECOMMENDED(
            "Kuntoutusta suositellaan", "Rehabilitering rekommenderas", "Rehabilitation recommended");

    private final Labels labels;

    StatementConclusion(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
