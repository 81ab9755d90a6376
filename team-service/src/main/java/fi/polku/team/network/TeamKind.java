package fi.polku.team.network;

/** What a standing team is for. */
public enum TeamKind {
    /** A multi-professional work-ability support team that takes clients. */
    WORK_ABILITY_TEAM,
    /** The competence centre (osaamiskeskus): other teams consult it, and it takes the hardest pathways. */
    COMPETENCE_CENTRE
}
