package fi.polku.referral.referral;

import fi.polku.events.Labelled;

/** Why a client is referred to work-ability support; a referral names one or more. */
public enum ReferralReason implements Labelled {
    WORK_ABILITY_UNCLEAR("Työkyky selvitettävä", "Arbetsförmågan behöver utredas", "Work ability to be assessed"),
    PARTIAL_WORK_ABILITY("Osatyökykyisyys", "Partiell arbetsförmåga", "Partial work ability"),
    PHYSICAL_HEALTH("Fyysinen terveys", "Fysisk hälsa", "Physical health"),
    MENTAL_HEALTH("Mielenterveys", "Psykisk hälsa", "Mental health"),
    SUBSTANCE_USE("Päihteiden käyttö", "Missbruk", "Substance use"),
    LONG_TERM_UNEMPLOYMENT("Pitkäaikaistyöttömyys", "Långtidsarbetslöshet", "Long-term unemployment"),
    LIFE_MANAGEMENT("Elämänhallinta", "Livskompetens", "Life management"),
    RETURN_TO_WORK("Työhön paluu", "Återgång till arbetet", "Return to work"),
    EDUCATION_OR_CAREER("Koulutus tai ammatinvalinta", "Utbildning eller yrkesval", "Education or career choice"),
    OTHER("Muu syy", "Annan orsak", "Other reason");

    private final Labels labels;

    ReferralReason(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
