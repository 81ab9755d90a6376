package fi.polku.events;

/** Whom a team consulted about a client. */
public enum ConsultationTarget implements Labelled {
    COMPETENCE_CENTRE(
            "Työkyvyn tuen osaamiskeskus",
            "Kompetenscentret för stöd för arbetsförmågan",
            "Work-ability competence centre"),
    WORK_ABILITY_COORDINATOR("Työkykykoordinaattori", "Arbetsförmågekoordinator", "Work-ability coordinator"),
    OTHER_EXPERT("Muu asiantuntija", "Annan sakkunnig", "Other expert");

    private final Labels labels;

    ConsultationTarget(String fi, String sv, String en) {
        this.labels = new Labels(fi, sv, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
