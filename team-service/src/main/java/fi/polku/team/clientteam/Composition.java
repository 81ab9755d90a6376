package fi.polku.team.clientteam;

import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.platform.rule.InvalidField;
import fi.polku.platform.rule.RuleBroken;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules a client's team must keep, checked before anything is written. A broken rule is a 422 whose type names
 * it ({@code …/rule/one-coordinator}); a request that names no real member is a 400.
 */
final class Composition {

    /** A professional proposed for the team, with what the rules need to know of them. */
    record Candidate(
            UUID professionalId,
            Profession profession,
            Optional<OrganisationType> outsideType,
            boolean active,
            boolean socialWelfare) {}

    /** What the request says of the client and their team beyond its members. */
    record Roles(UUID coordinatorId, boolean socialWelfareClient, UUID namedSocialWorkerId) {}

    private Composition() {}

    /**
     * At least one member, each once and active; exactly one client coordinator, a member of the county's own staff
     * (an outside member stays only as long as a consent the client may withdraw any day, and the client is never left
     * without one); a member from an outside organisation only while the client's consent for that organisation
     * type is in force; for a social-welfare client, a named social worker (Social Welfare Act §42) who is a member
     * and a county social-welfare professional — and none named for anyone else.
     */
    static void check(List<Candidate> members, Roles roles, Predicate<OrganisationType> consentInForce) {
        if (members.isEmpty()) {
            throw new InvalidField("members", "must name at least one member");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Candidate member = members.get(i);
            if (!seen.add(member.professionalId())) {
                throw new InvalidField("members[" + i + "].professionalId", "names a professional twice");
            }
            if (!member.active()) {
                throw new RuleBroken(
                        "active-member",
                        "members[" + i + "].professionalId",
                        "is not an active professional of the network");
            }
        }
        Candidate coordinator = members.stream()
                .filter(m -> m.professionalId().equals(roles.coordinatorId()))
                .findFirst()
                .orElseThrow(() -> new RuleBroken(
                        "one-coordinator",
                        "coordinatorId",
                        "must be one of the members: a client's team has exactly one client coordinator"));
        if (coordinator.outsideType().isPresent()) {
            throw new RuleBroken(
                    "county-coordinator",
                    "coordinatorId",
                    "must be a professional of the county: an outside organisation's member stays only while the "
                            + "client's consent does");
        }
        namedSocialWorker(members, roles);
        for (int i = 0; i < members.size(); i++) {
            Optional<OrganisationType> outside = members.get(i).outsideType();
            if (outside.isPresent() && !consentInForce.test(outside.get())) {
                throw new RuleBroken(
                        "consent-in-force",
                        "members[" + i + "].professionalId",
                        "a professional of " + outside.get() + " joins a client's team only while the client's "
                                + "consent for " + outside.get() + " is in force");
            }
        }
    }

    /** A coordinator may be changed only to a current, active member of the county. */
    static void checkNextCoordinator(Optional<Candidate> next) {
        Candidate candidate = next.orElseThrow(() ->
                new RuleBroken("one-coordinator", "professionalId", "must be a current member of the client's team"));
        if (candidate.outsideType().isPresent()) {
            throw new RuleBroken("county-coordinator", "professionalId", "must be a professional of the county");
        }
        if (!candidate.active()) {
            throw new RuleBroken("active-member", "professionalId", "is not an active professional of the network");
        }
    }

    private static void namedSocialWorker(List<Candidate> members, Roles roles) {
        if (!roles.socialWelfareClient()) {
            if (roles.namedSocialWorkerId() != null) {
                throw new RuleBroken(
                        "named-social-worker", "namedSocialWorkerId", "is named only for a social-welfare client");
            }
            return;
        }
        if (roles.namedSocialWorkerId() == null) {
            throw new RuleBroken(
                    "named-social-worker",
                    "namedSocialWorkerId",
                    "is required for a social-welfare client (Social Welfare Act §42)");
        }
        Candidate worker = members.stream()
                .filter(m -> m.professionalId().equals(roles.namedSocialWorkerId()))
                .findFirst()
                .orElseThrow(() ->
                        new RuleBroken("named-social-worker", "namedSocialWorkerId", "must be one of the members"));
        if (!worker.socialWelfare() || worker.outsideType().isPresent()) {
            throw new RuleBroken(
                    "named-social-worker",
                    "namedSocialWorkerId",
                    "must be a social-welfare professional of the county (Social Welfare Act §42)");
        }
    }
}
