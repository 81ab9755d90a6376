package fi.polku.referral.consent;

import fi.polku.events.OrganisationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A client's consent decisions in the order they were recorded, and what follows from them.
 *
 * <p>Consent for an organisation type is in force on a day when a decision gave it for a period that
 * includes the day and no withdrawal recorded after that decision took effect on or before the day.
 * A later decision to give consent again starts a new period; the history itself is never rewritten.
 */
public final class ConsentHistory {

    private final List<ConsentDecision> decisions;

    ConsentHistory(List<ConsentDecision> decisions) {
        this.decisions = decisions.stream().sorted(Comparator.comparing(ConsentDecision::recordedAt)).toList();
    }

    /** The period of consent for {@code type} that includes {@code day}, if any. */
    public Optional<Period> inForce(OrganisationType type, LocalDate day) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            ConsentDecision given = decisions.get(i);
            if (given.kind() != ConsentDecision.Kind.GIVEN || !given.covers(type)
                    || day.isBefore(given.validFrom())
                    || given.validUntil() != null && day.isAfter(given.validUntil())) {
                continue;
            }
            Optional<LocalDate> withdrawnFrom = withdrawalAfter(i, type);
            if (withdrawnFrom.isEmpty() || day.isBefore(withdrawnFrom.get())) {
                LocalDate until = withdrawnFrom.map(d -> d.minusDays(1))
                        .filter(d -> given.validUntil() == null || d.isBefore(given.validUntil()))
                        .orElse(given.validUntil());
                return Optional.of(new Period(type, given.validFrom(), until));
            }
        }
        return Optional.empty();
    }

    /** The periods in force on {@code day}, one per organisation type that has one. */
    public List<Period> inForce(LocalDate day) {
        List<Period> periods = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            inForce(type, day).ifPresent(periods::add);
        }
        return periods;
    }

    /**
     * Whether there is anything for a withdrawal of {@code type} from {@code day} on to end: consent in
     * force on that day or given for a later period.
     */
    public boolean withdrawable(OrganisationType type, LocalDate day) {
        if (inForce(type, day).isPresent()) {
            return true;
        }
        for (ConsentDecision given : decisions) {
            if (given.kind() == ConsentDecision.Kind.GIVEN && given.covers(type) && given.validFrom().isAfter(day)
                    && inForce(type, given.validFrom()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public List<ConsentDecision> decisions() {
        return decisions;
    }

    /** The earliest effect of the withdrawals of {@code type} recorded after decision {@code index}. */
    private Optional<LocalDate> withdrawalAfter(int index, OrganisationType type) {
        return decisions.subList(index + 1, decisions.size()).stream()
                .filter(d -> d.kind() == ConsentDecision.Kind.WITHDRAWN && d.covers(type))
                .map(ConsentDecision::validFrom)
                .min(Comparator.naturalOrder());
    }

    /**
     * A period in which consent for one organisation type is in force.
     *
     * @param until last day; absent when open-ended
     */
    public record Period(OrganisationType organisationType, LocalDate from, LocalDate until) {
    }
}
