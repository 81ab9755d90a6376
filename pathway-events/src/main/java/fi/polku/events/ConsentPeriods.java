package fi.polku.events;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one reading of a client's consent decisions that every service shares: whether consent for an organisation
 * type is in force on a day. referral-service records the decisions; any service that keeps them from
 * {@code client.consent.v1} answers the same way.
 *
 * <p>Consent for a type is in force on a day when a decision gave it for a period that includes the day and no
 * withdrawal recorded after that decision took effect on or before the day. A later decision to give consent again
 * starts a new period; the history itself is never rewritten. A period with an end date lapses after it, with no
 * event.
 */
public final class ConsentPeriods {

    /**
     * One decision, as recorded: consent given for a period, or withdrawn from a day on.
     *
     * @param from  the first day given, or the first day no longer in force for a withdrawal
     * @param until the last day given; absent when open-ended, and for a withdrawal
     */
    public record Decision(boolean given, Set<OrganisationType> organisationTypes, LocalDate from, LocalDate until) {

        public Decision {
            organisationTypes = Set.copyOf(organisationTypes);
            Objects.requireNonNull(from, "from");
        }

        public static Decision of(ConsentGiven given) {
            return new Decision(true, Set.copyOf(given.organisationTypes()), given.validFrom(), given.validUntil());
        }

        public static Decision of(ConsentWithdrawn withdrawn) {
            return new Decision(false, Set.copyOf(withdrawn.organisationTypes()), withdrawn.effectiveFrom(), null);
        }

        boolean covers(OrganisationType type) {
            return organisationTypes.contains(type);
        }
    }

    /**
     * A period in which consent for one organisation type is in force.
     *
     * @param until last day; absent when open-ended
     */
    public record Period(OrganisationType organisationType, LocalDate from, LocalDate until) {}

    private ConsentPeriods() {}

    /** The period of consent for {@code type} that includes {@code day}, from decisions in the order recorded. */
    public static Optional<Period> inForce(List<Decision> decisions, OrganisationType type, LocalDate day) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Decision given = decisions.get(i);
            if (!given.given()
                    || !given.covers(type)
                    || day.isBefore(given.from())
                    || given.until() != null && day.isAfter(given.until())) {
                continue;
            }
            Optional<LocalDate> withdrawnFrom = decisions.subList(i + 1, decisions.size()).stream()
                    .filter(d -> !d.given() && d.covers(type))
                    .map(Decision::from)
                    .min(Comparator.naturalOrder());
            if (withdrawnFrom.isEmpty() || day.isBefore(withdrawnFrom.get())) {
                LocalDate until = withdrawnFrom
                        .map(d -> d.minusDays(1))
                        .filter(d -> given.until() == null || d.isBefore(given.until()))
                        .orElse(given.until());
                return Optional.of(new Period(type, given.from(), until));
            }
        }
        return Optional.empty();
    }
}
