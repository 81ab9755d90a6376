package fi.polku.events;

/** The generic pathways the counties describe (POHDE): the kind of support episode a referral opens. */
public enum PathwayType implements Labelled {
    UNEMPLOYED("Työtön asiakas", "Arbetslös klient", "Unemployed client"),
    EMPLOYED_OCCUPATIONAL_HEALTH(
            "Työssä oleva, työterveyshuolto", "Anställd, företagshälsovård", "Employed, occupational health care"),
    EMPLOYED_SOTE(
            "Työssä oleva, sote-keskus",
            "Anställd, social- och hälsocentral",
            "Employed, health and social services centre"),
    SOCIAL_REHABILITATION("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"),
    REHABILITATIVE_WORK_ACTIVITY(
            "Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity");

    private final Labels labels;

    PathwayType(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
