package fi.polku.healthcheck.check;

import fi.polku.events.FollowUpResult;
import fi.polku.events.HealthCheckCancellation;
import fi.polku.events.HealthCheckFollowUp;
import fi.polku.events.HealthCheckRequester;
import fi.polku.healthcheck.followup.FollowUp;
import fi.polku.platform.accesslog.ClientData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the health-check endpoints answer, and their documented examples. */
final class CheckViews {

    static final String RECORD_EXAMPLE = """
            {"visit": {"serviceType": "T29", "contactType": "R10", "spatCode": "SPAT1308", "reasonCodeSystem": "ICPC2",
                       "reasonCode": "A98"},
             "workAbilityScore": 6,
             "findings": {"physicalHealth": {"level": "SOME_CONCERN", "note": "Selkäkipua rasituksessa."},
                          "mentalHealth": {"level": "SIGNIFICANT_CONCERN", "note": "Mieliala matala puoli vuotta."},
                          "substanceUse": {"level": "NO_CONCERN"},
                          "functionalAbility": {"level": "SOME_CONCERN"},
                          "socialSituation": {"level": "SOME_CONCERN", "note": "Asuu yksin, vähän kontakteja."}},
             "screening": {"auditC": 3, "phq9": 14, "bloodPressure": {"systolic": 138, "diastolic": 86}, "bmi": 29.1},
             "assessment": "PARTIALLY_ABLE",
             "followUps": [{"followUp": "DOCTOR_APPOINTMENT", "responsible": "Lääkäri Virtanen, Oulun terveysasema"},
                           {"followUp": "MENTAL_HEALTH_SERVICES", "responsible": "Psykiatrinen sairaanhoitaja Niemi"}],
             "note": "Ohjattu lääkärille työkyvyn arvioon ja mielenterveyspalveluihin."}""";

    static final String CHECK_EXAMPLE = """
            {"id": "4e5f6071-8293-44a5-b5c6-d7e8f9012345", "clientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
             "pathwayId": "5d3c2b1a-7e6f-4a9b-8c7d-1e2f3a4b5c6d", "status": "COMPLETED", "requestedBy": "WORKLIST",
             "requestedAt": "2026-03-05T09:00:00Z",
             "booking": {"appointmentAt": "2026-03-12T10:00:00Z", "unit": "Oulun terveysasema",
                         "professional": "Terveydenhoitaja Hanna Heikkinen", "remote": false},
             "cancellationReason": null, "endedAt": "2026-03-12T11:00:00Z", "completedAt": "2026-03-12T11:00:00Z",
             "recordVersion": 1, "record": """ + RECORD_EXAMPLE + """
            ,
             "versions": [{"version": 1, "amendmentReason": null, "recordedBy": "p-hanna",
                           "recordedAt": "2026-03-12T11:00:00Z"}],
             "followUps": [{"id": "5f607182-93a4-4b5c-8d6e-7f8091a2b3c4", "followUp": "DOCTOR_APPOINTMENT",
                            "responsible": "Lääkäri Virtanen, Oulun terveysasema", "result": null, "closedAt": null}]}""";

    private CheckViews() {}

    @Schema(name = "HealthCheckRecordVersion")
    public record VersionView(
            int version, @Schema(nullable = true) String amendmentReason, String recordedBy, Instant recordedAt) {}

    @Schema(name = "HealthCheckFollowUp")
    public record FollowUpView(
            UUID id,
            HealthCheckFollowUp followUp,
            String responsible,
            @Schema(nullable = true) FollowUpResult result,
            @Schema(nullable = true) Instant closedAt) {

        static FollowUpView of(FollowUp f) {
            return new FollowUpView(f.id, f.followUp, f.responsible, f.result, f.closedAt);
        }
    }

    @Schema(name = "HealthCheck", example = CHECK_EXAMPLE)
    public record CheckView(
            UUID id,
            UUID clientId,
            @Schema(nullable = true) UUID pathwayId,
            CheckStatus status,
            HealthCheckRequester requestedBy,
            Instant requestedAt,
            @Schema(nullable = true) HealthCheck.Booking booking,
            @Schema(nullable = true) HealthCheckCancellation cancellationReason,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) Instant completedAt,

            @Schema(
                    nullable = true,
                    description = "The version of the record shown; the latest unless another was asked for")
            Integer recordVersion,

            @Schema(nullable = true) RecordContent record,
            List<VersionView> versions,
            List<FollowUpView> followUps)
            implements ClientData {}
}
