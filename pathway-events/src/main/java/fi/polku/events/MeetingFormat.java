package fi.polku.events;

/** How a team meeting was held. */
public enum MeetingFormat implements Labelled {
    IN_PERSON("Lähitapaaminen", "Fysiskt möte", "In person"),
    REMOTE("Etätapaaminen", "Distansmöte", "Remote"),
    HYBRID("Hybriditapaaminen", "Hybridmöte", "Hybrid");

    private final Labels labels;

    MeetingFormat(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
