package fi.polku.team.clientteam;

import fi.polku.events.OrganisationType;
import fi.polku.events.Profession;
import fi.polku.platform.problem.ProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** The rules a client's team must keep, checked before anything is written. */
final class Composition {

    /** A professional proposed for the team, with what the rules need to know of them. */
    record Candidate(UUID professionalId, Profession profession, Optional<OrganisationType> outsideType, boolean active,
            String roleInCase) {
    }

    private Composition() {
    }

    /**
     * At least one member, each once and active; exactly one coordinator, who is a member; a member from an
     * outside organisation only while the client's consent for that organisation type is in force.
     */
    static void check(List<Candidate> members, UUID coordinatorId, Predicate<OrganisationType> consentInForce) {
        if (members.isEmpty()) {
            throw ProblemException.invalidField("members", "must name at least one member");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Candidate member = members.get(i);
            if (!seen.add(member.professionalId())) {
                throw ProblemException.invalidField("members[" + i + "].professionalId", "names a professional twice");
            }
            if (!member.active()) {
                throw ProblemException.invalidField("members[" + i + "].professionalId", "is not an active professional");
            }
        }
        if (coordinatorId == null || !seen.contains(coordinatorId)) {
            throw ProblemException.invalidField("coordinatorId", "must be one of the members: a client's team has "
                    + "exactly one client coordinator");
        }
        for (int i = 0; i < members.size(); i++) {
            Optional<OrganisationType> outside = members.get(i).outsideType();
            if (outside.isPresent() && !consentInForce.test(outside.get())) {
                throw ProblemException.conflict("members[" + i + "]: a professional of " + outside.get()
                        + " joins a client's team only while the client's consent for " + outside.get() + " is in force");
            }
        }
    }
}
