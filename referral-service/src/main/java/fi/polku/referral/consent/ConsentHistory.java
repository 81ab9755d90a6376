package fi.polku.referral.consent;

import fi.polku.events.ConsentPeriods;
import fi.polku.events.ConsentPeriods.Period;
import fi.polku.events.OrganisationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A client's consent decisions in the order they were recorded, and what follows from them.
 *
 * <p>Whether consent is in force is the contract's reading ({@link ConsentPeriods}), the same in every service
 * that keeps a client's consent decisions.
 */
public final class ConsentHistory {

    private final List<ConsentDecision> decisions;
    private final List<ConsentPeriods.Decision> periodDecisions;

    ConsentHistory(List<ConsentDecision> decisions) {
        this.decisions = decisions.stream()
                .sorted(Comparator.comparing(decision -> decision.recordedAt))
                .toList();
        this.periodDecisions = this.decisions.stream()
                .map(d -> new ConsentPeriods.Decision(
                        d.kind == ConsentDecision.Kind.GIVEN, d.organisationTypes(), d.validFrom, d.validUntil))
                .toList();
    }

    /** The period of consent for {@code type} that includes {@code day}, if any. */
    public Optional<Period> inForce(OrganisationType type, LocalDate day) {
        return ConsentPeriods.inForce(periodDecisions, type, day);
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
            if (given.kind == ConsentDecision.Kind.GIVEN
                    && given.covers(type)
                    && given.validFrom.isAfter(day)
                    && inForce(type, given.validFrom).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public List<ConsentDecision> decisions() {
        return decisions;
    }
}
