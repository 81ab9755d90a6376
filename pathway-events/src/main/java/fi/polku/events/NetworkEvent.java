package fi.polku.events;

/**
 * A fact about the county's professional network, keyed by what it describes: today the standing teams, which
 * referral-service's triage assigns pathways to.
 */
public sealed interface NetworkEvent extends PolkuEvent permits StandingTeamChanged {
}
