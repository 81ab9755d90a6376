package fi.polku.events;

/**
 * A fact about the county's professional network, keyed by what it describes: the standing teams, which
 * referral-service's triage assigns pathways to, and the professionals, whose working time the staff resources add up.
 */
public sealed interface NetworkEvent extends PolkuEvent permits StandingTeamChanged, ProfessionalChanged {}
