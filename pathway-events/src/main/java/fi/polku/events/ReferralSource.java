package fi.polku.events;

/**
 * Where a referral came from. Counting clients by source is one of the management indicators, so the
 * set is closed and each code carries its Finnish, Swedish and English label.
 */
public enum ReferralSource implements Labelled {
    EMPLOYMENT_SERVICES("TE-palvelut", "TE-tjänster", "Employment services"),
    MUNICIPAL_EMPLOYMENT(
            "Kunnan työllisyyspalvelut", "Kommunens sysselsättningstjänster", "Municipal employment services"),
    KELA("Kela", "FPA", "Kela"),
    SOTE_CENTRE("Sote-keskus", "Social- och hälsocentral", "Health and social services centre"),
    OCCUPATIONAL_HEALTH("Työterveyshuolto", "Företagshälsovård", "Occupational health care"),
    STUDENT_HEALTH("Opiskeluterveydenhuolto", "Studerandehälsovård", "Student health care"),
    DIGITAL_SOTE_CENTRE(
            "Digitaalinen sote-keskus",
            "Digital social- och hälsocentral",
            "Digital health and social services centre"),
    TYP(
            "TYP (monialainen yhteispalvelu)",
            "Sektorsövergripande samservice (TYP)",
            "Multi-agency joint employment service (TYP)"),
    HEALTH_CHECK("Työttömän terveystarkastus", "Hälsoundersökning för arbetslösa", "Health check for the unemployed"),
    SELF("Asiakas itse", "Klienten själv", "The client themself"),
    OTHER("Muu", "Annan", "Other");

    private final Labels labels;

    ReferralSource(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
