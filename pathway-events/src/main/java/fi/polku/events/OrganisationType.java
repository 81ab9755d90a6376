package fi.polku.events;

/** An organisation type a client can consent to share pathway data with. */
public enum OrganisationType implements Labelled {
    KELA("Kela", "FPA", "Kela (Social Insurance Institution)"),
    EMPLOYMENT_SERVICES("TE-palvelut", "TE-tjänster", "Employment services"),
    MUNICIPAL_EMPLOYMENT(
            "Kunnan työllisyyspalvelut", "Kommunens sysselsättningstjänster", "Municipal employment services"),
    OCCUPATIONAL_HEALTH("Työterveyshuolto", "Företagshälsovård", "Occupational health care"),
    THIRD_SECTOR("Kolmas sektori", "Tredje sektorn", "Third sector");

    private final Labels labels;

    OrganisationType(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    /** The source a referral from this organisation has: its own (the third sector's is {@code OTHER}). */
    public ReferralSource referralSource() {
        return switch (this) {
            case KELA -> ReferralSource.KELA;
            case EMPLOYMENT_SERVICES -> ReferralSource.EMPLOYMENT_SERVICES;
            case MUNICIPAL_EMPLOYMENT -> ReferralSource.MUNICIPAL_EMPLOYMENT;
            case OCCUPATIONAL_HEALTH -> ReferralSource.OCCUPATIONAL_HEALTH;
            case THIRD_SECTOR -> ReferralSource.OTHER;
        };
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
