package fi.polku.events;

import java.util.UUID;

/** A fact about one client pathway, keyed by the pathway. */
public sealed interface PathwayEvent extends PolkuEvent
        permits ReferralReceived,
                ReferralAccepted,
                ReferralRejected,
                PathwayOpened,
                PathwayClosed,
                PathwayReopened,
                ServiceReferralStarted,
                ServiceReferralEnded,
                TeamAssembled,
                TeamMemberJoined,
                TeamMemberLeft,
                ClientCoordinatorChanged,
                TeamMeetingHeld,
                ClientContactRecorded,
                ConsultationRequested,
                ConsultationAnswered,
                CompetenceCentreReferred,
                EmploymentPathwayUpdate {

    UUID pathwayId();

    @Override
    default UUID subject() {
        return pathwayId();
    }
}
