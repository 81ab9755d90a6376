package fi.polku.events;

/** What a standing team is for. */
public enum TeamKind implements Labelled {
    /** A multi-professional work-ability support team that takes clients. */
    WORK_ABILITY_TEAM("Työkyvyn tuen tiimi", "Team för stöd för arbetsförmågan", "Work-ability support team"),
    /** The competence centre (osaamiskeskus): other teams consult it, and it takes the hardest pathways. */
    COMPETENCE_CENTRE(
            "Työkyvyn tuen osaamiskeskus",
            "Kompetenscentret för stöd för arbetsförmågan",
            "Work-ability competence centre");

    private final Labels labels;

    TeamKind(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
