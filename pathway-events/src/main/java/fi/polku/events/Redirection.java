package fi.polku.events;

/** Where a rejected referral's client is suggested to turn instead. */
public enum Redirection implements Labelled {
    EMPLOYMENT_SERVICES("TE-palvelut", "TE-tjänster", "Employment services"),
    MUNICIPAL_EMPLOYMENT(
            "Kunnan työllisyyspalvelut", "Kommunens sysselsättningstjänster", "Municipal employment services"),
    KELA("Kela", "FPA", "Kela"),
    OCCUPATIONAL_HEALTH("Työterveyshuolto", "Företagshälsovård", "Occupational health care"),
    HEALTH_CENTRE("Terveysasema", "Hälsostation", "Health centre"),
    MENTAL_HEALTH_SERVICES("Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services"),
    SUBSTANCE_ABUSE_SERVICES("Päihdepalvelut", "Missbrukartjänster", "Substance abuse services"),
    SOCIAL_SERVICES("Aikuissosiaalityö", "Socialt arbete för vuxna", "Adult social services"),
    NONE("Ei ohjausta", "Ingen hänvisning", "No redirection");

    private final Labels labels;

    Redirection(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
