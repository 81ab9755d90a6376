package fi.polku.team.clientteam;

/** Why a member left a client's team. */
public enum LeavingReason {
    /** The team was recomposed without them. */
    REMOVED,
    /** The client's consent for their organisation type ended (withdrawn or lapsed). */
    CONSENT_ENDED
}
