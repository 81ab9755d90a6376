package fi.polku.events;

/** Why a referral was not accepted into work-ability support. */
public enum RejectionReason implements Labelled {
    NOT_IN_TARGET_GROUP("Ei kohderyhmää", "Hör inte till målgruppen", "Not in the target group"),
    NEEDS_OTHER_SERVICE("Tarve muulle palvelulle", "Behov av annan tjänst", "Needs another service"),
    ALREADY_SUPPORTED_ELSEWHERE("Tuki jo muualla", "Stöds redan på annat håll", "Already supported elsewhere"),
    CLIENT_DECLINED("Asiakas kieltäytyi", "Klienten avböjde", "The client declined"),
    INSUFFICIENT_INFORMATION("Puutteelliset tiedot", "Otillräckliga uppgifter", "Insufficient information"),
    OTHER("Muu", "Annan", "Other");

    private final Labels labels;

    RejectionReason(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
