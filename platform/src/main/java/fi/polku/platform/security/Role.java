package fi.polku.platform.security;

import java.util.List;

/**
 * The roles a Polku token carries in its {@code groups} claim, as constants for {@code @RolesAllowed}. Which
 * role may call which endpoint is the matrix in docs/security.md, which the services' tests assert exactly.
 */
public final class Role {

    /** Receives and triages referrals: sees every referral and the client it names. */
    public static final String REFERRAL_HANDLER = "referral-handler";
    /** Works in a client's team: sees the pathways of their own teams' clients. */
    public static final String TEAM_MEMBER = "team-member";
    /** Runs a team: what a team member does, and the team's intake. */
    public static final String TEAM_ADMIN = "team-admin";
    /** Health-check nurse: the health details of the health-check service. */
    public static final String HEALTH_NURSE = "health-nurse";
    /** Doctor: the health details of the health-check service. */
    public static final String DOCTOR = "doctor";
    /** Management: indicators with small cells suppressed. */
    public static final String MANAGER = "manager";
    /** Statistics: indicators without suppression, no client data. */
    public static final String ANALYST = "analyst";
    /** Reads the access and disclosure logs, nothing else. */
    public static final String AUDITOR = "auditor";
    /** A TE or municipal employment system: sends referrals, gets an acknowledgement. */
    public static final String INTEGRATION_EMPLOYMENT = "integration-employment";

    public static final List<String> ALL = List.of(
            REFERRAL_HANDLER,
            TEAM_MEMBER,
            TEAM_ADMIN,
            HEALTH_NURSE,
            DOCTOR,
            MANAGER,
            ANALYST,
            AUDITOR,
            INTEGRATION_EMPLOYMENT);

    private Role() {}
}
