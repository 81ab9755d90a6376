package fi.polku.indicator.reference;

import fi.polku.events.Labelled;

/**
 * The regional indicators from public statistics that the counties track beside their own (the POHDE indicator list):
 * each a yearly value per municipality or wellbeing services county, published with a delay.
 */
public enum RegionalStatistic implements Labelled {
    DISABILITY_PENSIONS_MENTAL_18_34(
            "Mielenterveysperusteiset työkyvyttömyyseläkkeet 18–34-vuotiailla",
            "Sjukpensioner på grund av psykisk ohälsa bland 18–34-åringar",
            "Disability pensions on mental-health grounds, aged 18–34",
            "per 1,000 of the age group",
            "Finnish Centre for Pensions (ETK)"),
    NEET_YOUTH_SHARE(
            "Koulutuksen ja työn ulkopuolella olevat nuoret",
            "Unga utanför utbildning och arbete",
            "Young people not in education, employment or training (NEET)",
            "% of 15–29-year-olds",
            "Statistics Finland"),
    LONG_TERM_UNEMPLOYED_SHARE(
            "Pitkäaikaistyöttömien osuus työttömistä",
            "Andelen långtidsarbetslösa av de arbetslösa",
            "Long-term unemployed, share of the unemployed",
            "% of unemployed job seekers",
            "Employment bulletin (TEM)"),
    YOUTH_UNEMPLOYMENT_RATE(
            "Nuorisotyöttömyys",
            "Ungdomsarbetslöshet",
            "Youth unemployment",
            "% of the 15–24-year-old labour force",
            "Employment bulletin (TEM)"),
    UNEMPLOYMENT_RATE(
            "Työttömyysaste",
            "Arbetslöshetsgrad",
            "Unemployment rate",
            "% of the labour force",
            "Employment bulletin (TEM)");

    private final Labels labels;
    private final String unit;
    private final String publisher;

    RegionalStatistic(String fi, String sv, String en, String unit, String publisher) {
        this.labels = new Labels(fi, sv, en);
        this.unit = unit;
        this.publisher = publisher;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    public String unit() {
        return unit;
    }

    public String publisher() {
        return publisher;
    }
}
