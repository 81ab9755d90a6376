package fi.polku.events;

/** The client's labour-market status when referred; an unemployed client's referral says since when. */
public enum LabourMarketStatus implements Labelled {
    UNEMPLOYED("Työtön", "Arbetslös", "Unemployed"),
    EMPLOYED("Työssä", "Sysselsatt", "Employed"),
    STUDENT("Opiskelija", "Studerande", "Student"),
    OUTSIDE_LABOUR_FORCE("Työvoiman ulkopuolella", "Utanför arbetskraften", "Outside the labour force");

    private final Labels labels;

    LabourMarketStatus(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
