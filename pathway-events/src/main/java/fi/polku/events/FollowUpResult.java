package fi.polku.events;

/** How a health check's follow-up ended. */
public enum FollowUpResult implements Labelled {
    DONE("Toteutui", "Genomförd", "Done"),
    CLIENT_DECLINED("Asiakas kieltäytyi", "Klienten avböjde", "The client declined"),
    NOT_NEEDED("Ei enää tarpeen", "Behövs inte längre", "No longer needed"),
    REFERRED_ELSEWHERE("Ohjattu muualle", "Hänvisad annanstans", "Referred elsewhere");

    private final Labels labels;

    FollowUpResult(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
