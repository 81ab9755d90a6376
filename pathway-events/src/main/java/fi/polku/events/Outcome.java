package fi.polku.events;

/** How a pathway ended: the outcome indicators count these. */
public enum Outcome implements Labelled {
    EMPLOYED_OPEN_MARKET(
            "Työllistyi avoimille työmarkkinoille",
            "Sysselsatt på den öppna arbetsmarknaden",
            "Employed in the open labour market"),
    EMPLOYED_SUBSIDISED("Työllistyi tuetusti", "Sysselsatt med stöd", "Employed with a subsidy"),
    EDUCATION("Koulutus", "Utbildning", "Education"),
    VOCATIONAL_REHABILITATION("Ammatillinen kuntoutus", "Yrkesinriktad rehabilitering", "Vocational rehabilitation"),
    DISABILITY_PENSION("Työkyvyttömyyseläke", "Sjukpension", "Disability pension"),
    REHABILITATIVE_WORK_ACTIVITY_CONTINUES(
            "Kuntouttava työtoiminta jatkuu",
            "Arbetsverksamhet i rehabiliteringssyfte fortsätter",
            "Rehabilitative work activity continues"),
    MOVED_AWAY("Muutti pois", "Flyttade bort", "Moved away"),
    OTHER("Muu", "Annan", "Other");

    private final Labels labels;

    Outcome(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
